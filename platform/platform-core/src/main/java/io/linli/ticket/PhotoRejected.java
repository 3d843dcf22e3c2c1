package io.linli.ticket;

/** A photo that is too large, not an image we accept, or one too many for the ticket. */
public class PhotoRejected extends RuntimeException {

  /** Why, so the edge can answer 413, 415 or 409. */
  public enum Reason { TOO_LARGE, NOT_AN_IMAGE, TOO_MANY }

  private final Reason reason;

  public PhotoRejected(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
