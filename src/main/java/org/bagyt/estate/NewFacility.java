package org.bagyt.estate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A facility with its units and cells, as registered in one step. */
public record NewFacility(
    String code,
    String nameKy,
    String nameRu,
    String nameEn,
    FacilityType type,
    Regime regime,
    HeldSex sex,
    boolean juvenile,
    String specialisation,
    String regionCode,
    String address,
    List<Unit> units) {

  public record Unit(String code, String name, Set<String> usedFor, List<Cell> cells) {}

  public record Cell(String code, int beds, BigDecimal floorAreaM2, boolean sanitaryAnnex, boolean accessible) {}
}
