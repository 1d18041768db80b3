package org.bagyt.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.bagyt.assessment.internal.InstrumentSchema;
import org.bagyt.platform.BagytException;
import org.bagyt.staff.AccreditationSubjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The instruments Bagyt knows: those it ships ({@code assessment/instruments/*.yaml}) and those a service adds in
 * {@code BAGYT_INSTRUMENTS_DIR}, each checked by {@link InstrumentSchema} when Bagyt starts. Every version loaded is
 * kept with its file; a version whose file has changed since it was first loaded stops start-up, because old
 * assessments must keep showing the questions they answered.
 */
@Service
public class Instruments implements AccreditationSubjects {

  private static final Logger log = LoggerFactory.getLogger(Instruments.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final String directory;
  private final Map<String, Instrument> loaded = new ConcurrentHashMap<>();

  Instruments(JdbcClient jdbc, Clock clock, TransactionTemplate transactions,
      @Value("${bagyt.assessment.instruments-dir:}") String directory) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.transactions = transactions;
    this.directory = directory;
  }

  /** Reads a file's text as an instrument, or refuses it with every problem found; stores nothing. */
  public static Instrument check(String file, String yaml) {
    return InstrumentSchema.read(file, yaml);
  }

  /** Loads the shipped and the service's instruments; called once the schema exists (see InstrumentLoading). */
  public void load() {
    var files = new ArrayList<Map.Entry<String, String>>();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:assessment/instruments/*.yaml")) {
        files.add(Map.entry(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
      }
      if (!directory.isBlank()) {
        try (Stream<Path> paths = Files.list(Path.of(directory))) {
          for (Path p : paths.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
            files.add(Map.entry(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    transactions.executeWithoutResult(tx -> files.forEach(f -> register(f.getKey(), f.getValue())));
    // Versions loaded before whose file is gone: old assessments still show them.
    jdbc.sql("SELECT id, version, source FROM instrument").query((rs, n) -> Map.entry(key(rs.getString(1), rs.getInt(2)),
        rs.getString(3))).list().forEach(stored -> loaded.computeIfAbsent(stored.getKey(), k -> check(k, stored.getValue())));
    log.info("Assessment instruments: {}", loaded.keySet().stream().sorted().toList());
  }

  private void register(String file, String yaml) {
    Instrument instrument = check(file, yaml);
    String sha = sha256(yaml);
    var stored = jdbc.sql("SELECT sha256 FROM instrument WHERE id = ? AND version = ?")
        .params(instrument.id(), instrument.version()).query(String.class).optional();
    if (stored.isPresent() && !stored.get().equals(sha)) {
      throw new InstrumentRefused(file, List.of(new InstrumentRefused.Problem("version",
          "instrument.problem.version-changed", List.of(instrument.label()))));
    }
    if (stored.isEmpty()) {
      jdbc.sql("INSERT INTO instrument (id, version, purpose, source, sha256, loaded_at) VALUES (?, ?, ?, ?, ?, ?)")
          .params(instrument.id(), instrument.version(), instrument.purpose().name(), yaml, sha,
              Timestamp.from(clock.instant())).update();
    }
    loaded.put(key(instrument.id(), instrument.version()), instrument);
  }

  /** The exact version an assessment answered. */
  public Instrument get(String id, int version) {
    var instrument = loaded.get(key(id, version));
    if (instrument == null) {
      throw BagytException.invalid("unknown-instrument", "assessment.error.unknown-instrument");
    }
    return instrument;
  }

  /** The newest version of each instrument, for new assessments. */
  public List<Instrument> current() {
    var newest = new java.util.TreeMap<String, Instrument>();
    loaded.values().forEach(i -> newest.merge(i.id(), i, (a, b) -> a.version() >= b.version() ? a : b));
    return newest.values().stream().sorted(Comparator.comparing(Instrument::purpose).thenComparing(Instrument::id)).toList();
  }

  public Optional<Instrument> newest(String id) {
    return current().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The instrument a new assessment for this purpose uses: the newest version of the first instrument for it. */
  public Optional<Instrument> forPurpose(InstrumentPurpose purpose) {
    return current().stream().filter(i -> i.purpose() == purpose).findFirst();
  }

  @Override
  public List<Subject> subjects() {
    return current().stream().map(i -> new Subject(i.id(), i.name().ky(), i.name().ru(), i.name().en())).toList();
  }

  private static String key(String id, int version) {
    return id + " v" + version;
  }

  private static String sha256(String text) {
    try {
      var digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
