package org.bagyt.estate;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Minimum floor area per person, in m², for a single cell (one bed) and per person in a shared cell.
 * Defaults: CPT/Inf(2015)44 (6 and 4) and ICRC 2012 (5.4 and 3.4); a service may set its own national norm.
 */
@ConfigurationProperties("bagyt.occupancy")
public record OccupancyThresholds(BigDecimal cptSingleM2, BigDecimal cptSharedM2, BigDecimal icrcSingleM2,
    BigDecimal icrcSharedM2) {

  public OccupancyThresholds {
    cptSingleM2 = positive("cpt-single-m2", cptSingleM2, "6");
    cptSharedM2 = positive("cpt-shared-m2", cptSharedM2, "4");
    icrcSingleM2 = positive("icrc-single-m2", icrcSingleM2, "5.4");
    icrcSharedM2 = positive("icrc-shared-m2", icrcSharedM2, "3.4");
  }

  public BigDecimal minimum(OccupancyStandard standard, boolean single) {
    return switch (standard) {
      case CPT -> single ? cptSingleM2 : cptSharedM2;
      case ICRC -> single ? icrcSingleM2 : icrcSharedM2;
    };
  }

  // A zero or negative minimum would silently hide every breach: refuse to start instead.
  private static BigDecimal positive(String name, BigDecimal value, String fallback) {
    BigDecimal v = value == null ? new BigDecimal(fallback) : value;
    if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("bagyt.occupancy." + name + " must be more than 0 and at most 100 m², not " + v);
    }
    return v;
  }
}
