package io.linli.onboarding;

import io.linli.people.ResidentRelation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks the rows of a sheet, each on its own and against the rows above it: a code names one thing throughout the
 * file, and a mobile number one person. A row that fails any check is rejected whole, with every reason found.
 */
public final class RowChecks {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final BigDecimal MAX_AREA = new BigDecimal("999999.99"); // DECIMAL(8, 2)

  /** What the rows of a file come to. */
  public record Checked(List<ImportRecord> valid, List<Rejected> rejected) {}

  /** A row that does not go in, with the cells as the file had them. */
  public record Rejected(SheetRow row, List<RowError> errors) {}

  /** The first row that used a key, and what the key meant there. */
  private record Seen(int row, String value) {}

  private final Map<String, Seen> seen = new HashMap<>();
  private final Map<String, ImportRecord> phones = new HashMap<>();

  private RowChecks() {}

  public static Checked check(List<SheetRow> rows) {
    RowChecks checks = new RowChecks();
    List<ImportRecord> valid = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (SheetRow row : rows) {
      List<RowError> errors = new ArrayList<>();
      ImportRecord record = checks.single(row, errors);
      if (errors.isEmpty()) {
        checks.againstEarlierRows(record, errors);
      }
      if (errors.isEmpty()) {
        checks.remember(record);
        valid.add(record);
      } else {
        rejected.add(new Rejected(row, errors));
      }
    }
    return new Checked(valid, rejected);
  }

  private ImportRecord single(SheetRow row, List<RowError> errors) {
    int n = row.number();
    for (ImportColumn column : ImportColumn.values()) {
      String value = row.get(column);
      if (value == null && column.required()) {
        errors.add(RowError.of(n, column, RowError.Reason.REQUIRED));
      } else if (value != null && value.length() > column.maxLength()) {
        errors.add(RowError.of(n, column, RowError.Reason.TOO_LONG, column.maxLength()));
      }
    }
    BigDecimal area = area(row.get(ImportColumn.FLOOR_AREA));
    if (row.get(ImportColumn.FLOOR_AREA) != null && area == null) {
      errors.add(RowError.of(n, ImportColumn.FLOOR_AREA, RowError.Reason.AREA));
    }
    String name = row.get(ImportColumn.RESIDENT_NAME);
    String phone = row.get(ImportColumn.PHONE);
    if (phone != null) {
      phone = phone.replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
    }
    if (phone != null && !MOBILE.matcher(phone).matches()) {
      errors.add(RowError.of(n, ImportColumn.PHONE, RowError.Reason.PHONE));
    }
    if ((name == null) != (phone == null)) {
      errors.add(RowError.of(n, name == null ? ImportColumn.RESIDENT_NAME : ImportColumn.PHONE,
          RowError.Reason.RESIDENT_INCOMPLETE));
    }
    ResidentRelation relation = null;
    String relationText = row.get(ImportColumn.RELATION);
    if (relationText != null) {
      relation = relation(relationText);
      if (relation == null) {
        errors.add(RowError.of(n, ImportColumn.RELATION, RowError.Reason.RELATION));
      }
    } else if (phone != null) {
      relation = ResidentRelation.OWNER; // a roll without the column lists owners
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new ImportRecord(n, row.get(ImportColumn.REGION_CODE), row.get(ImportColumn.REGION_NAME),
        row.get(ImportColumn.PROJECT_CODE), row.get(ImportColumn.PROJECT_NAME), row.get(ImportColumn.ADDRESS),
        row.get(ImportColumn.BUILDING_CODE), row.get(ImportColumn.BUILDING_NAME), row.get(ImportColumn.UNIT), area,
        name, phone, relation);
  }

  /** @return the area in square metres, or null when it is not a positive number with at most two decimals */
  private static BigDecimal area(String text) {
    if (text == null) {
      return null;
    }
    try {
      BigDecimal area = new BigDecimal(text.replace("㎡", "").replace("平方米", "").strip()).stripTrailingZeros();
      return area.signum() > 0 && area.scale() <= 2 && area.compareTo(MAX_AREA) <= 0 ? area : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The words companies use on their rolls, in Chinese or English; a committee worker is never imported. */
  static ResidentRelation relation(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "业主", "产权人", "owner" -> ResidentRelation.OWNER;
      case "家属", "家庭成员", "家人", "family" -> ResidentRelation.FAMILY;
      case "租户", "租客", "tenant", "occupant" -> ResidentRelation.OCCUPANT;
      default -> null;
    };
  }

  /** What a row says each code means, keyed by the code and the column that says it. */
  private static Map<String, String> keys(ImportRecord r) {
    Map<String, String> keys = new java.util.LinkedHashMap<>();
    keys.put(ImportColumn.REGION_NAME + "/" + r.regionCode(), r.regionName());
    keys.put(ImportColumn.PROJECT_NAME + "/" + r.projectCode(), r.projectName());
    keys.put(ImportColumn.REGION_CODE + "/" + r.projectCode(), r.regionCode());
    keys.put(ImportColumn.ADDRESS + "/" + r.projectCode(), Objects.toString(r.address(), ""));
    keys.put(ImportColumn.BUILDING_NAME + "/" + r.buildingKey(), r.buildingName());
    keys.put(ImportColumn.FLOOR_AREA + "/" + r.householdKey(), r.floorArea().toPlainString());
    return keys;
  }

  /** @return the column whose code the value belongs to */
  private static ImportColumn keyColumn(ImportColumn column) {
    return switch (column) {
      case REGION_NAME -> ImportColumn.REGION_CODE;
      case BUILDING_NAME -> ImportColumn.BUILDING_CODE;
      case FLOOR_AREA -> ImportColumn.UNIT;
      default -> ImportColumn.PROJECT_CODE;
    };
  }

  private void againstEarlierRows(ImportRecord r, List<RowError> errors) {
    keys(r).forEach((key, value) -> {
      Seen first = seen.get(key);
      if (first != null && !first.value().equals(value)) {
        ImportColumn column = ImportColumn.valueOf(key.substring(0, key.indexOf('/')));
        errors.add(RowError.of(r.row(), column, RowError.Reason.INCONSISTENT, column.name(), first.row(),
            first.value(), keyColumn(column).name()));
      }
    });
    ImportRecord earlier = r.phone() == null ? null : phones.get(r.phone());
    if (earlier != null) {
      boolean repeat = earlier.residentName().equals(r.residentName())
          && earlier.householdKey().equals(r.householdKey()) && earlier.relation() == r.relation();
      errors.add(repeat
          ? RowError.of(r.row(), ImportColumn.PHONE, RowError.Reason.DUPLICATE, earlier.row())
          : RowError.of(r.row(), ImportColumn.PHONE, RowError.Reason.PHONE_TAKEN, earlier.row(),
              earlier.residentName()));
    }
  }

  private void remember(ImportRecord r) {
    keys(r).forEach((key, value) -> seen.putIfAbsent(key, new Seen(r.row(), value)));
    if (r.phone() != null) {
      phones.putIfAbsent(r.phone(), r);
    }
  }
}
