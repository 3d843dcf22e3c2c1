package io.linli.ticket;

/** A ticket may not go to that staff member: a dispatch rule (e.g. a plugin's certification check) says why. */
public class DispatchRefused extends RuntimeException {

  private final String candidate;
  private final String reason;

  public DispatchRefused(String candidate, String reason) {
    super(candidate + " may not take this ticket: " + reason);
    this.candidate = candidate;
    this.reason = reason;
  }

  public String candidate() {
    return candidate;
  }

  /** @return in the company's language, as the rule gave it */
  public String reason() {
    return reason;
  }
}
