package io.linli.survey;

/** A request the surveys refuse: not the caller's to make (forbidden), or too late (a survey no longer open). */
public class SurveyRefused extends RuntimeException {

  /** Why. */
  public enum Reason { FORBIDDEN, CLOSED }

  private final Reason reason;

  SurveyRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
