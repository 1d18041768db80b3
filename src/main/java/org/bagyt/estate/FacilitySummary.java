package org.bagyt.estate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** One facility with its size: units, cells in use, beds and floor area. */
public record FacilitySummary(
    UUID id,
    String code,
    String nameKy,
    String nameRu,
    String nameEn,
    FacilityType type,
    Regime regime,
    HeldSex sex,
    boolean juvenile,
    String regionCode,
    int units,
    int cells,
    int beds,
    BigDecimal floorAreaM2) {

  public String name(String language) {
    return switch (language) {
      case "ru" -> nameRu;
      case "en" -> nameEn;
      default -> nameKy;
    };
  }

  /** Floor area per bed when every bed is used: the best m² per person the facility can offer when full. */
  public BigDecimal areaPerBed() {
    return beds == 0 ? BigDecimal.ZERO : floorAreaM2.divide(BigDecimal.valueOf(beds), 2, RoundingMode.HALF_UP);
  }
}
