package io.linli.survey;

/** Where an owner's survey stands. */
public enum InvitationStatus {
  /** Waiting for the owner (shown once its quiet hours are over). */
  OPEN,
  ANSWERED,
  /** Not answered in time. */
  EXPIRED
}
