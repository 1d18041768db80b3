package org.bagyt.custody;

import java.time.LocalDate;

/**
 * A governor's request to segregate a prisoner, with the health staff's declaration that must accompany it.
 *
 * @param type why the person is to be held apart
 * @param reason why segregation is necessary (required)
 * @param startsOn the first day (day 1); today when empty
 * @param endsOn the planned last day (required: no open-ended order)
 * @param reviewOn the date of the independent review (required, at the latest on the last day allowed without one)
 * @param healthDeclaredBy the health staff member who made the declaration below (required)
 * @param pregnant health declaration (required for women)
 * @param breastfeeding health declaration (required for women)
 * @param withInfant health declaration (required for women)
 * @param disabilityWorsened the disability review: would segregation worsen a disability (required)
 * @param disabilityNote what the disability review found (required)
 * @param contactRestriction a restriction of the means of family contact, if any
 * @param contactRestrictedUntil when that restriction expires (required with one)
 */
public record NewSegregationOrder(SegregationType type, String reason, LocalDate startsOn, LocalDate endsOn,
    LocalDate reviewOn, String healthDeclaredBy, Boolean pregnant, Boolean breastfeeding, Boolean withInfant,
    Boolean disabilityWorsened, String disabilityNote, ContactRestriction contactRestriction,
    LocalDate contactRestrictedUntil) {}
