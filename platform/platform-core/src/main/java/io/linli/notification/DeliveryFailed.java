package io.linli.notification;

/** A provider did not take a message: worth another try later (it is down, busy, timed out), or not. */
public class DeliveryFailed extends Exception {

  private final boolean retryable;

  public DeliveryFailed(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public DeliveryFailed(String message, Throwable cause) {
    super(message, cause);
    this.retryable = true;
  }

  public boolean retryable() {
    return retryable;
  }
}
