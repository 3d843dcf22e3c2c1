package io.linli.onboarding;

/** A file that is not imported at all: too large, not an .xlsx workbook, or a sheet without the columns needed. */
public class ImportFileRejected extends RuntimeException {

  /** Why, so the edge can answer 413, 415 or 400. */
  public enum Reason { TOO_LARGE, NOT_XLSX, UNREADABLE }

  private final Reason reason;
  private final java.util.List<ImportColumn> missing;

  ImportFileRejected(Reason reason, String message) {
    this(reason, message, java.util.List.of());
  }

  ImportFileRejected(Reason reason, String message, java.util.List<ImportColumn> missing) {
    super(message);
    this.reason = reason;
    this.missing = java.util.List.copyOf(missing);
  }

  public Reason reason() {
    return reason;
  }

  /** @return the required columns the sheet's first row does not name */
  public java.util.List<ImportColumn> missing() {
    return missing;
  }
}
