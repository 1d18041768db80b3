package org.bagyt.prisoners.search;

import org.bagyt.prisoners.LatinSpelling;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.LikelyDuplicate;
import org.bagyt.prisoners.PrisonerMatch;
import org.bagyt.prisoners.PrisonerSearch;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people by number or by name. Names are found in two steps: candidates from the database (each query
 * word widened to the keys in the vocabulary spelt like it, then the prisoners holding all of the words, or
 * fewer when that finds too few), then a score per candidate in Java ({@link NameSimilarity}). Facility scope
 * is part of the SQL: a facility-scoped reader never receives another facility's prisoner.
 *
 * <p>Audit: one {@code PRISONER_SEARCH} event per search, recording the shape of the query (number or name,
 * how many words, whether a date of birth narrowed it) and how many people were shown, but not the query text.
 * The trail is append-only and kept for years; a typed name may be of someone never in custody (a visitor,
 * a witness), and would stay there for good. Who was actually looked at is recorded when a file is opened.
 */
@Service
class NameSearchService implements PrisonerSearch {

  static final String RESOURCE = "PRISONER";
  private static final String READ = "prisoner.read";
  private static final Pattern NUMBER = Pattern.compile("(?i)[a-z]{2}-[0-9-]*|([a-z]{2})?[0-9][0-9-]*");
  /** Candidates scored per retrieval step: enough for any real name, bounded for the commonest ones. */
  static final int CANDIDATES = 300;
  static final double MIN_SCORE = 0.5;
  private static final int SEARCH_CATCH_UP = 1000;
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  private final NameIndex index;
  private final Candidates candidates;
  private final AuditTrail audit;
  private final Clock clock;

  NameSearchService(NameIndex index, Candidates candidates, AuditTrail audit, Clock clock) {
    this.index = index;
    this.candidates = candidates;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public List<PrisonerMatch> search(String text, LocalDate dateOfBirth, int limit, boolean includeReleased) {
    var reader = reader();
    if (text == null || text.isBlank()) {
      throw BagytException.invalid("query-required", "prisoner.error.search-query-required");
    }
    if (text.length() > MAX_QUERY) {
      throw BagytException.invalid("query-too-long", "prisoner.error.query-too-long");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw BagytException.invalid("limit-out-of-range", "prisoner.error.search-limit", MAX_LIMIT);
    }
    checkBirth(dateOfBirth);
    var scope = new Candidates.Scope(reader.serviceWide(), reader.facilityIds(), includeReleased);
    String query = text.strip();
    index.catchUp(SEARCH_CATCH_UP);
    List<PrisonerMatch> found;
    String shape;
    if (NUMBER.matcher(query).matches()) {
      found = candidates.byNumber(query.toUpperCase(Locale.ROOT), dateOfBirth, scope, limit);
      shape = "number";
    } else {
      var words = SearchWords.parse(query);
      if (words.isEmpty()) {
        throw BagytException.invalid("query-no-name", "prisoner.error.search-no-name");
      }
      if (words.size() > MAX_WORDS) {
        throw BagytException.invalid("query-too-many-words", "prisoner.error.search-words", MAX_WORDS);
      }
      found = byName(words, dateOfBirth, scope, limit);
      shape = "name words=" + words.size();
    }
    audit.record(AuditEvent.of(AuditActions.PRISONER_SEARCH, RESOURCE,
        shape + " dob=" + (dateOfBirth != null) + " released=" + includeReleased + " results=" + found.size()));
    return found;
  }

  @Override
  @Transactional
  public List<LikelyDuplicate> likelyDuplicates(String familyName, String givenName, String patronymic,
      LocalDate dateOfBirth) {
    reader();
    if (dateOfBirth == null) {
      throw BagytException.invalid("date-of-birth-required", "prisoner.error.search-dob");
    }
    checkBirth(dateOfBirth);
    var words = SearchWords.ofPerson(familyName, givenName, patronymic);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      throw BagytException.invalid("query-no-name", "prisoner.error.search-no-name");
    }
    index.catchUp(SEARCH_CATCH_UP);
    var everywhere = new Candidates.Scope(true, List.of(), true);
    var scored = new ArrayList<LikelyDuplicate>();
    for (var c : retrieve(words, null, everywhere, DuplicateScore.SHOWN).values()) {
      double score = DuplicateScore.of(NameSimilarity.score(words, c.names()), c.dateOfBirth(), dateOfBirth);
      if (score > 0) {
        scored.add(new LikelyDuplicate(c.number(), c.name(), c.dateOfBirth(), c.facilityCode(), round(score)));
      }
    }
    // The date may be mistyped, so people born that very day are looked at whatever their name's spelling.
    for (var c : candidates.bornOn(dateOfBirth, everywhere, CANDIDATES)) {
      double score = DuplicateScore.of(NameSimilarity.score(words, c.names()), c.dateOfBirth(), dateOfBirth);
      if (score > 0 && scored.stream().noneMatch(d -> d.number().equals(c.number()))) {
        scored.add(new LikelyDuplicate(c.number(), c.name(), c.dateOfBirth(), c.facilityCode(), round(score)));
      }
    }
    scored.sort(Comparator.comparingDouble(LikelyDuplicate::score).reversed().thenComparing(LikelyDuplicate::number));
    var shown = scored.subList(0, Math.min(DuplicateScore.SHOWN, scored.size()));
    audit.record(AuditEvent.of(AuditActions.PRISONER_SEARCH, RESOURCE,
        "duplicate-check words=" + words.size() + " results=" + shown.size()));
    return List.copyOf(shown);
  }

  private List<PrisonerMatch> byName(SearchWords words, LocalDate dateOfBirth, Candidates.Scope scope, int limit) {
    record Scored(Candidates.Candidate candidate, double score) {}
    var scored = new ArrayList<Scored>();
    for (var c : retrieve(words, dateOfBirth, scope, limit).values()) {
      double score = NameSimilarity.score(words, c.names());
      if (score >= MIN_SCORE) {
        scored.add(new Scored(c, score));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparing(s -> s.candidate().released())
        .thenComparing(s -> s.candidate().number()));
    return scored.stream().limit(limit).map(s -> match(s.candidate(), s.score())).toList();
  }

  /**
   * Candidates holding every query word that the vocabulary knows (in some spelling), then, while fewer than
   * {@code wanted} turn up, those holding one word fewer, down to half the words and at least two. With a date
   * of birth, everyone born that day.
   */
  private Map<UUID, Candidates.Candidate> retrieve(SearchWords words, LocalDate dateOfBirth, Candidates.Scope scope,
      int wanted) {
    var keys = new ArrayList<String>();
    var positions = new ArrayList<Integer>();
    for (int w = 0; w < words.size(); w++) {
      for (String key : words.words().get(w).keys()) {
        keys.add(key);
        positions.add(w);
      }
    }
    Map<Integer, List<Integer>> spellings = new HashMap<>();
    Map<Integer, List<Integer>> exact = new HashMap<>();
    for (var v : index.variants(keys, positions)) {
      if (NameSimilarity.words(v.queryKey(), v.key()) > 0) {
        spellings.computeIfAbsent(v.word(), w -> new ArrayList<>()).add(v.tokenId());
      }
      if (v.queryKey().equals(v.key())) {
        exact.computeIfAbsent(v.word(), w -> new ArrayList<>()).add(v.tokenId());
      }
    }
    var known = spellings.keySet().stream().sorted().map(spellings::get).toList();
    var exactIds = exact.values().stream().toList();
    var found = new LinkedHashMap<UUID, Candidates.Candidate>();
    if (known.isEmpty()) {
      return found;
    }
    if (dateOfBirth != null) {
      // A day of birth is shared by a few dozen people in a million: all of them are scored, whatever the spelling.
      candidates.bornOn(dateOfBirth, scope, CANDIDATES).forEach(c -> found.put(c.id(), c));
      return found;
    }
    int n = known.size();
    var exactByWord = spellings.keySet().stream().sorted().map(exact::get).toList();
    if (!exactByWord.contains(null)) {
      // Common names: when enough people hold every word exactly as asked, the spelling variants add nothing.
      for (var c : candidates.byWords(exactByWord, n, List.of(), null, scope, CANDIDATES)) {
        found.putIfAbsent(c.id(), c);
      }
      if (found.size() >= CANDIDATES) {
        return found;
      }
    }
    // Without a date of birth, one word alone (of several) would bring in a large part of the population.
    int lowest = n == 1 ? 1 : Math.max(2, (n + 1) / 2);
    for (int required = n; required >= lowest && found.size() < wanted; required--) {
      for (var c : candidates.byWords(known, required, exactIds, dateOfBirth, scope, CANDIDATES)) {
        found.putIfAbsent(c.id(), c);
      }
    }
    return found;
  }

  private PrisonerMatch match(Candidates.Candidate c, double score) {
    return new PrisonerMatch(c.id(), c.number(), c.name(), otherSpellings(c), c.dateOfBirth(), c.facilityCode(),
        c.released(), round(score));
  }

  /** The Latin spelling on file, then the Kyrgyz and Russian BGN/PCGN spellings of the Cyrillic name, each once. */
  static List<String> otherSpellings(Candidates.Candidate c) {
    var spellings = new LinkedHashSet<String>();
    if (c.latinName() != null && !c.latinName().isBlank()) {
      spellings.add(c.latinName());
    }
    String name = c.name();
    if (CYRILLIC.matcher(name).find()) {
      spellings.add(LatinSpelling.of(name, LatinSpelling.Script.KYRGYZ));
      spellings.add(LatinSpelling.of(name, LatinSpelling.Script.RUSSIAN));
    }
    spellings.remove(name);
    return List.copyOf(spellings);
  }

  private void checkBirth(LocalDate dateOfBirth) {
    if (dateOfBirth != null && (dateOfBirth.isBefore(EARLIEST_BIRTH) || dateOfBirth.isAfter(LocalDate.now(clock)))) {
      throw BagytException.invalid("date-of-birth", "prisoner.error.search-dob");
    }
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  private static SignedInUser reader() {
    if (!SignedInUser.holds(READ)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }
}
