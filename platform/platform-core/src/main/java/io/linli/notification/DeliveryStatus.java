package io.linli.notification;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** To be sent at its next attempt (the first, or a retry after a failure). */
  PENDING,
  /** The provider took it. */
  SENT,
  /** Given up: the provider refused it for good, or every retry failed. */
  FAILED,
  /** No longer needed (the household acknowledged the notice before it went out). */
  CANCELLED
}
