package io.linli.notification;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after the first wait, then twice as long each time, never more than an
 * hour apart; after {@link #MAX_ATTEMPTS} tries it is given up.
 */
public record Backoff(Duration first) {

  public static final int MAX_ATTEMPTS = 8;
  static final Duration LONGEST = Duration.ofHours(1);

  /** @return the wait after the given number of failed attempts, or null when no attempt is left */
  public Duration after(int failedAttempts) {
    if (failedAttempts >= MAX_ATTEMPTS) {
      return null;
    }
    Duration wait = first.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }
}
