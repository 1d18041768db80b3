package org.bagyt.allocation;

import java.util.List;
import java.util.UUID;
import org.bagyt.allocation.internal.ClassificationStore;
import org.bagyt.platform.SensitiveChange;
import org.bagyt.prisoners.PrisonerLocations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lowering a classification (a less restrictive security category or regime, or removing a designation): asked by
 * one person, applied only when another holding {@code classification.approve} in the prisoner's facility approves,
 * at the version the requester saw.
 */
@Component
class LoweringApproval implements SensitiveChange<LoweringApproval.Lowering> {

  static final String KIND = "LOWER_CLASSIFICATION";

  /** The request as it waits for approval. */
  record Lowering(UUID prisonerId, Dimension dimension, String fromLevel, String toLevel, int version, String rationale,
      UUID assessmentId, String requestedBy) {}

  private final Classifications classifications;
  private final ClassificationStore store;
  private final PrisonerLocations locations;

  LoweringApproval(@org.springframework.context.annotation.Lazy Classifications classifications, ClassificationStore store,
      PrisonerLocations locations) {
    this.classifications = classifications;
    this.store = store;
    this.locations = locations;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String approvingPermission() {
    return Classifications.APPROVE;
  }

  @Override
  public Class<Lowering> payloadType() {
    return Lowering.class;
  }

  @Override
  public void apply(Lowering l) {
    classifications.applyApproved(l, org.bagyt.platform.SignedInUser.current().orElseThrow().username());
  }

  @Override
  public List<Detail> describe(Lowering l) {
    String language = LocaleContextHolder.getLocale().getLanguage();
    var scale = store.scale(l.dimension());
    java.util.function.Function<String, String> label = code -> scale.stream().filter(s -> s.code().equals(code))
        .map(s -> s.label(language)).findFirst().orElse(code);
    return List.of(
        new Detail("classification.prisoner", locations.find(l.prisonerId()).map(PrisonerLocations.Location::number)
            .orElse("?"), false),
        new Detail("classification.dimension", "classification.dimension." + l.dimension(), true),
        new Detail("classification.from", label.apply(l.fromLevel()), false),
        new Detail("classification.to", label.apply(l.toLevel()), false),
        new Detail("classification.rationale", l.rationale(), false));
  }
}
