package io.linli.onboarding;

import io.linli.people.ResidentRelation;
import java.math.BigDecimal;

/**
 * A checked row: a household of a building of a project of a region, and the resident living there (none when
 * {@code phone} is null).
 */
public record ImportRecord(int row, String regionCode, String regionName, String projectCode, String projectName,
    String address, String buildingCode, String buildingName, String unit, BigDecimal floorArea,
    String residentName, String phone, ResidentRelation relation) {

  /** @return the building's natural key: its code within its project */
  String buildingKey() {
    return projectCode + "/" + buildingCode;
  }

  /** @return the household's natural key: its unit within its building */
  String householdKey() {
    return buildingKey() + "/" + unit;
  }
}
