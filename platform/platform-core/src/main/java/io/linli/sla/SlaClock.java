package io.linli.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One deadline of one ticket, as an immutable value: every change returns a new clock. A ticket on hold (waiting for
 * the resident, for parts) pauses its clock, and time on hold neither counts as used nor shortens what is left:
 * resuming moves the due time later by the length of the pause. A stopped clock (met, or finished late) is judged
 * at its stop time forever after.
 *
 * <p>The allowed time is fixed at the start ({@code dueAt - startedAt}); the time used is the time since the start
 * minus the pauses. Questions about {@code now} assume that {@code now} is not earlier than the clock's last change.
 */
public final class SlaClock {

  private final ClockKind kind;
  private final Instant startedAt;
  private final Instant dueAt;
  private final Duration pausedTotal;
  private final Instant pausedSince;
  private final Instant stoppedAt;

  private SlaClock(
      ClockKind kind, Instant startedAt, Instant dueAt, Duration pausedTotal, Instant pausedSince, Instant stoppedAt) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
    this.pausedTotal = Objects.requireNonNull(pausedTotal, "pausedTotal");
    this.pausedSince = pausedSince;
    this.stoppedAt = stoppedAt;
    if (pausedTotal.isNegative()) {
      throw new IllegalArgumentException("pausedTotal must not be negative: " + pausedTotal);
    }
    Duration allowed = allowed();
    if (allowed.isZero() || allowed.isNegative()) {
      throw new IllegalArgumentException(
          "a clock must allow some time: started " + startedAt + ", due " + dueAt + ", paused " + pausedTotal);
    }
    if (pausedSince != null && stoppedAt != null) {
      throw new IllegalArgumentException("a stopped clock cannot be paused");
    }
    requireNotBeforeStart(pausedSince);
    requireNotBeforeStart(stoppedAt);
  }

  /** A running clock that allows {@code dueAt - startedAt}. */
  public static SlaClock start(ClockKind kind, Instant startedAt, Instant dueAt) {
    return new SlaClock(kind, startedAt, dueAt, Duration.ZERO, null, null);
  }

  /**
   * Rebuilds a clock from its stored fields, exactly as its accessors returned them.
   *
   * @param dueAt the current due time, already moved by {@code pausedTotal}
   * @param pausedTotal the length of the finished pauses
   * @param pausedSince when the current pause began, or null when running or stopped
   * @param stoppedAt when the clock was stopped, or null
   */
  public static SlaClock restore(
      ClockKind kind, Instant startedAt, Instant dueAt, Duration pausedTotal, Instant pausedSince, Instant stoppedAt) {
    return new SlaClock(kind, startedAt, dueAt, pausedTotal, pausedSince, stoppedAt);
  }

  /** Puts the ticket on hold; nothing happens if the clock is already paused or stopped. */
  public SlaClock pause(Instant at) {
    if (pausedSince != null || stoppedAt != null) {
      return this;
    }
    return new SlaClock(kind, startedAt, dueAt, pausedTotal, Objects.requireNonNull(at, "at"), null);
  }

  /** Ends a pause, moving the due time later by its length; nothing happens if the clock is not paused. */
  public SlaClock resume(Instant at) {
    if (pausedSince == null) {
      return this;
    }
    Objects.requireNonNull(at, "at");
    if (at.isBefore(pausedSince)) {
      throw new IllegalArgumentException("resumed at " + at + " before the pause began at " + pausedSince);
    }
    Duration pause = Duration.between(pausedSince, at);
    return new SlaClock(kind, startedAt, dueAt.plus(pause), pausedTotal.plus(pause), null, null);
  }

  /**
   * The clock's goal is met or its work finished: records when. A paused clock is resumed first, so the pause up to
   * {@code at} is not counted; nothing happens if the clock is already stopped.
   */
  public SlaClock stop(Instant at) {
    if (stoppedAt != null) {
      return this;
    }
    SlaClock running = resume(at);
    return new SlaClock(
        kind, startedAt, running.dueAt, running.pausedTotal, null, Objects.requireNonNull(at, "at"));
  }

  public ClockKind kind() {
    return kind;
  }

  public Instant startedAt() {
    return startedAt;
  }

  /** The due time, moved by the finished pauses; while paused, not yet by the current pause. */
  public Instant dueAt() {
    return dueAt;
  }

  public boolean isPaused() {
    return pausedSince != null;
  }

  public Optional<Instant> pausedSince() {
    return Optional.ofNullable(pausedSince);
  }

  public Optional<Instant> stoppedAt() {
    return Optional.ofNullable(stoppedAt);
  }

  /** The length of the finished pauses, not counting a current one. */
  public Duration pausedTotal() {
    return pausedTotal;
  }

  /** The running time the clock allows, fixed at the start: {@code dueAt - startedAt} as started. */
  public Duration allowed() {
    return Duration.between(startedAt, dueAt).minus(pausedTotal);
  }

  /** The running time used up to {@code now}: not counting pauses, nor anything after the stop. */
  public Duration used(Instant now) {
    Instant end;
    if (stoppedAt != null) {
      end = stoppedAt;
    } else if (pausedSince != null && pausedSince.isBefore(now)) {
      end = pausedSince;
    } else {
      end = now;
    }
    Duration used = Duration.between(startedAt, end).minus(pausedTotal);
    return used.isNegative() ? Duration.ZERO : used;
  }

  /** @return the time used divided by the time allowed: 0 at the start, 1 at the due time, more when late */
  public double fractionUsed(Instant now) {
    return seconds(used(now)) / seconds(allowed());
  }

  /** GREEN below 75 % of the allowed time used, YELLOW from 75 %, RED from 100 %, compared to the nanosecond. */
  public SlaState state(Instant now) {
    Duration used = used(now);
    Duration allowed = allowed();
    if (used.compareTo(allowed) >= 0) {
      return SlaState.RED;
    }
    if (used.multipliedBy(4).compareTo(allowed.multipliedBy(3)) >= 0) {
      return SlaState.YELLOW;
    }
    return SlaState.GREEN;
  }

  /**
   * The first instant at which the clock is {@link SlaState#YELLOW}, if it keeps running: for the scheduler to
   * warn. Like {@link #dueAt()}, it moves when a pause ends, so reschedule on resume.
   */
  public Instant warnAt() {
    Duration allowed = allowed();
    Duration threeQuarters = allowed.multipliedBy(3).dividedBy(4);
    if (threeQuarters.multipliedBy(4).compareTo(allowed.multipliedBy(3)) < 0) {
      threeQuarters = threeQuarters.plusNanos(1);
    }
    return startedAt.plus(pausedTotal).plus(threeQuarters);
  }

  /** @return whether the allowed time is used up at {@code now} (or was at the stop), i.e. the state is RED */
  public boolean breachedAt(Instant now) {
    return state(now) == SlaState.RED;
  }

  /** @return the running time left at {@code now}, negative by how late the clock is when breached */
  public Duration remaining(Instant now) {
    return allowed().minus(used(now));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlaClock that
        && kind == that.kind
        && startedAt.equals(that.startedAt)
        && dueAt.equals(that.dueAt)
        && pausedTotal.equals(that.pausedTotal)
        && Objects.equals(pausedSince, that.pausedSince)
        && Objects.equals(stoppedAt, that.stoppedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, startedAt, dueAt, pausedTotal, pausedSince, stoppedAt);
  }

  @Override
  public String toString() {
    return "SlaClock[" + kind + ", started " + startedAt + ", due " + dueAt + ", paused " + pausedTotal
        + (pausedSince != null ? ", paused since " + pausedSince : "")
        + (stoppedAt != null ? ", stopped " + stoppedAt : "") + "]";
  }

  private void requireNotBeforeStart(Instant instant) {
    if (instant != null && instant.isBefore(startedAt)) {
      throw new IllegalArgumentException(instant + " is before the clock started at " + startedAt);
    }
  }

  private static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
