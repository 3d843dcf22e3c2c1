package io.linli.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long each level of the escalation chain has to act before the ticket goes one level up. */
public record EscalationPolicy(Duration timeToActPerLevel) {

  private static final Duration DEFAULT_TIME_TO_ACT = Duration.ofHours(1);

  public EscalationPolicy {
    Objects.requireNonNull(timeToActPerLevel, "timeToActPerLevel");
    if (timeToActPerLevel.isZero() || timeToActPerLevel.isNegative()) {
      throw new IllegalArgumentException("timeToActPerLevel must be positive: " + timeToActPerLevel);
    }
  }

  /** @return one hour per level */
  public static EscalationPolicy defaults() {
    return new EscalationPolicy(DEFAULT_TIME_TO_ACT);
  }

  /** @return when a ticket escalated at {@code escalatedAt} goes to the next level if nobody acted */
  public Instant nextEscalationAt(Instant escalatedAt) {
    return escalatedAt.plus(timeToActPerLevel);
  }
}
