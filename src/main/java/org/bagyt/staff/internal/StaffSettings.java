package org.bagyt.staff.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff records' settings, from {@code BAGYT_ACCREDITATION_YEARS}.
 *
 * @param accreditationYears how long an accreditation recorded without an expiry date is in force
 */
@ConfigurationProperties("bagyt.staff")
public record StaffSettings(Integer accreditationYears) {

  public StaffSettings {
    accreditationYears = accreditationYears == null ? 2 : accreditationYears;
    // Refuse to start rather than record accreditations that never run or never end.
    if (accreditationYears < 1 || accreditationYears > 10) {
      throw new IllegalArgumentException("BAGYT_ACCREDITATION_YEARS must be from 1 to 10, not " + accreditationYears);
    }
  }
}
