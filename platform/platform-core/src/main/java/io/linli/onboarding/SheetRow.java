package io.linli.onboarding;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the sheet as text, before any check.
 *
 * @param number the row's number as Excel shows it (the header is row 1)
 */
public record SheetRow(int number, Map<ImportColumn, String> cells) {

  public SheetRow {
    cells = cells.isEmpty() ? new EnumMap<>(ImportColumn.class) : new EnumMap<>(cells);
  }

  /** @return the cell's trimmed text; null when empty */
  public String get(ImportColumn column) {
    String value = cells.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
