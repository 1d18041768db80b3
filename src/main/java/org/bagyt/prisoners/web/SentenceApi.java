package org.bagyt.prisoners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.bagyt.prisoners.EarlyReleaseRule;
import org.bagyt.prisoners.LegalPosition;
import org.bagyt.prisoners.OffenceArticle;
import org.bagyt.prisoners.OffenceReference;
import org.bagyt.prisoners.Sentence;
import org.bagyt.prisoners.SentenceEntry;
import org.bagyt.prisoners.Sentences;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sentences")
class SentenceApi {

  /** The reference list: articles, and the fraction each category serves before early release. */
  record OffenceList(List<OffenceArticle> articles, List<EarlyReleaseRule> earlyReleaseRules) {}

  private final Sentences sentences;
  private final OffenceReference reference;

  SentenceApi(Sentences sentences, OffenceReference reference) {
    this.sentences = sentences;
    this.reference = reference;
  }

  @GetMapping("/api/v1/prisoners/{id}/sentence")
  @Operation(summary = "Legal status, offences, sentence and every calculation of it (audited); 403 outside-scope needs break-glass")
  LegalPosition read(@PathVariable UUID id) {
    return sentences.read(id);
  }

  @PutMapping("/api/v1/prisoners/{id}/sentence")
  @Operation(summary = "Record or change the sentence (sentence.record); dates are calculated and the calculation kept. "
      + "Send the version read to change one (409 stale-edit if it moved on), none to record the first")
  Sentence record(@PathVariable UUID id, @RequestBody SentenceEntry entry) {
    return sentences.record(id, entry);
  }

  @GetMapping("/api/v1/offences")
  @Operation(summary = "Criminal Code articles offences are recorded against, and the early-release fraction of each category")
  OffenceList offences() {
    return new OffenceList(reference.articles(), reference.rules());
  }
}
