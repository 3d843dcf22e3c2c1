package io.linli.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadlines of one kind of ticket. A part that is null (or 0 working days) means the ticket has no such clock;
 * resolution is due either after a duration or after a number of working days, never both.
 *
 * @param respondWithin the {@link ClockKind#RESPONSE} clock, from filing
 * @param onSiteWithin the {@link ClockKind#ON_SITE} clock, from filing
 * @param resolveWithin the {@link ClockKind#RESOLUTION} clock in elapsed time, from filing
 * @param resolveWithinWorkingDays the {@link ClockKind#RESOLUTION} clock in working days, from filing
 * @param returnVisitAfterResolution the {@link ClockKind#RETURN_VISIT} clock, from the resolution
 */
public record SlaPolicy(
    Duration respondWithin,
    Duration onSiteWithin,
    Duration resolveWithin,
    int resolveWithinWorkingDays,
    Duration returnVisitAfterResolution) {

  public SlaPolicy {
    requirePositive(respondWithin, "respondWithin");
    requirePositive(onSiteWithin, "onSiteWithin");
    requirePositive(resolveWithin, "resolveWithin");
    requirePositive(returnVisitAfterResolution, "returnVisitAfterResolution");
    if (resolveWithinWorkingDays < 0) {
      throw new IllegalArgumentException("resolveWithinWorkingDays must not be negative: " + resolveWithinWorkingDays);
    }
    if (resolveWithin != null && resolveWithinWorkingDays > 0) {
      throw new IllegalArgumentException("resolution is due after a duration or after working days, not both");
    }
  }

  /**
   * @param start when the clock starts: the filing, or for {@link ClockKind#RETURN_VISIT} the resolution
   * @param calendar the tenant's working days, for a resolution due in working days
   * @return when the clock is due, or empty when this policy has no such clock
   */
  public Optional<Instant> dueAt(ClockKind kind, Instant start, WorkingCalendar calendar) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(calendar, "calendar");
    return switch (kind) {
      case RESPONSE -> after(start, respondWithin);
      case ON_SITE -> after(start, onSiteWithin);
      case RESOLUTION -> resolveWithinWorkingDays > 0
          ? Optional.of(calendar.addWorkingDays(start, resolveWithinWorkingDays))
          : after(start, resolveWithin);
      case RETURN_VISIT -> after(start, returnVisitAfterResolution);
    };
  }

  /**
   * A tenant's override for a category or priority: each part that {@code overrides} sets replaces this one's. A
   * resolution set in either form replaces the resolution in both forms.
   */
  public SlaPolicy withOverrides(SlaPolicy overrides) {
    if (overrides == null) {
      return this;
    }
    boolean resolutionOverridden = overrides.resolveWithin != null || overrides.resolveWithinWorkingDays > 0;
    return new SlaPolicy(
        firstNonNull(overrides.respondWithin, respondWithin),
        firstNonNull(overrides.onSiteWithin, onSiteWithin),
        resolutionOverridden ? overrides.resolveWithin : resolveWithin,
        resolutionOverridden ? overrides.resolveWithinWorkingDays : resolveWithinWorkingDays,
        firstNonNull(overrides.returnVisitAfterResolution, returnVisitAfterResolution));
  }

  private static Optional<Instant> after(Instant start, Duration duration) {
    return duration == null ? Optional.empty() : Optional.of(start.plus(duration));
  }

  private static Duration firstNonNull(Duration preferred, Duration fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration != null && (duration.isZero() || duration.isNegative())) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }
}
