package org.bagyt.prisoners;

import java.time.LocalDate;
import java.util.List;

/**
 * Finding a person: by prisoner number, or by name in any script and common spelling (Жапаров, Zhaparov,
 * Japarov, Djaparov; patronymics and the Kyrgyz "уулу"/"кызы" forms; any order), ranked by a score from 0
 * to 1. Every search is one audit event.
 */
public interface PrisonerSearch {

  int MAX_QUERY = 200;
  int MAX_WORDS = 6;
  int MAX_LIMIT = 100;

  /**
   * The best matches within the reader's facilities (service-wide roles: all), best first.
   *
   * @param text a prisoner number (or part of one) or up to six words of a name
   * @param dateOfBirth when given, only people born that day
   * @param limit how many, 1 to 100
   * @param includeReleased whether people already released are included (and flagged)
   */
  List<PrisonerMatch> search(String text, LocalDate dateOfBirth, int limit, boolean includeReleased);

  /**
   * People already on file, anywhere in the service and released or not, who are probably the person about to
   * be admitted: a close name in any script and the same or a plausibly mistyped date of birth. Shows only what
   * is needed to recognise them, since the person asking may not work where they are held.
   */
  List<LikelyDuplicate> likelyDuplicates(String familyName, String givenName, String patronymic, LocalDate dateOfBirth);
}
