package io.linli.onboarding;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A row of an import that did not go in: its cells as the file had them, and why. Both are kept as text separated by
 * the ASCII unit and record separators, which no cell of a roll holds (they are removed from cells to be sure).
 */
@Entity
@Table(name = "import_rejected_row")
public class ImportRejectedRow extends TenantOwned {

  private static final String UNIT = "\u001F";
  private static final String RECORD = "\u001E";

  @Column(name = "job_id", nullable = false)
  private long jobId;

  @Column(name = "row_no", nullable = false)
  private int rowNumber;

  @Column(name = "cells", nullable = false)
  private String cells;

  @Column(name = "errors", nullable = false)
  private String errors;

  protected ImportRejectedRow() {}

  ImportRejectedRow(long jobId, RowChecks.Rejected rejected) {
    this.jobId = jobId;
    this.rowNumber = rejected.row().number();
    this.cells = Arrays.stream(ImportColumn.values())
        .map(c -> clean(rejected.row().cells().getOrDefault(c, "")))
        .collect(Collectors.joining(UNIT));
    this.errors = rejected.errors().stream()
        .map(e -> (e.column() == null ? "" : e.column().name()) + UNIT + e.reason().name()
            + e.arguments().stream().map(a -> UNIT + clean(a)).collect(Collectors.joining()))
        .collect(Collectors.joining(RECORD));
  }

  private static String clean(String text) {
    return text.replace(UNIT, "").replace(RECORD, "");
  }

  public int rowNumber() {
    return rowNumber;
  }

  /** @return the row as the file had it */
  public SheetRow row() {
    String[] values = cells.split(UNIT, -1);
    Map<ImportColumn, String> byColumn = new EnumMap<>(ImportColumn.class);
    for (ImportColumn column : ImportColumn.values()) {
      if (column.ordinal() < values.length && !values[column.ordinal()].isEmpty()) {
        byColumn.put(column, values[column.ordinal()]);
      }
    }
    return new SheetRow(rowNumber, byColumn);
  }

  public List<RowError> errors() {
    List<RowError> list = new ArrayList<>();
    for (String error : errors.split(RECORD)) {
      List<String> parts = Arrays.asList(error.split(UNIT, -1));
      list.add(new RowError(rowNumber, parts.get(0).isEmpty() ? null : ImportColumn.valueOf(parts.get(0)),
          RowError.Reason.valueOf(parts.get(1)), parts.subList(2, parts.size())));
    }
    return list;
  }
}
