package io.linli.onboarding;

/** A file that is not imported at all: too large, not an .xlsx workbook, or a sheet without the columns needed. */
public class ImportFileRejected extends RuntimeException {

  /** Why, so the edge can answer 413, 415 or 400. */
  public enum Reason { TOO_LARGE, NOT_XLSX, UNREADABLE }

  private final Reason reason;

  ImportFileRejected(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
