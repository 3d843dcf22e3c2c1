package io.linli.ticket;

import io.linli.sla.ClockKind;
import io.linli.sla.SlaClock;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One service-level clock of a ticket, stored as a row so that a scheduler on any node finds the due ones by an
 * index ({@code next_check_at}) and nothing lives only in memory. The arithmetic is {@link SlaClock}'s.
 */
@Entity
@Table(name = "ticket_clock")
public class TicketClock extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  private ClockKind kind;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "paused_seconds", nullable = false)
  private long pausedSeconds;

  @Column(name = "paused_since")
  private Instant pausedSince;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "breached_at")
  private Instant breachedAt;

  /** After a breach escalated the ticket: when the next level is told if this clock still runs (per-level clock). */
  @Column(name = "escalate_again_at")
  private Instant escalateAgainAt;

  /**
   * When the scheduler must next look at this clock: its warning, its breach, then each further escalation; null
   * once nothing is left (stopped, paused, or the top of the chain reached).
   */
  @Column(name = "next_check_at")
  private Instant nextCheckAt;

  protected TicketClock() {}

  TicketClock(Ticket ticket, SlaClock clock) {
    this.ticket = ticket;
    this.kind = clock.kind();
    update(clock);
  }

  public ClockKind kind() {
    return kind;
  }

  public Ticket ticket() {
    return ticket;
  }

  public SlaClock clock() {
    return SlaClock.restore(kind, startedAt, dueAt, Duration.ofSeconds(pausedSeconds), pausedSince, stoppedAt);
  }

  public Instant warnedAt() {
    return warnedAt;
  }

  public Instant breachedAt() {
    return breachedAt;
  }

  Instant nextCheck() {
    return nextCheckAt;
  }

  void update(SlaClock clock) {
    this.startedAt = clock.startedAt();
    this.dueAt = clock.dueAt();
    this.pausedSeconds = clock.pausedTotal().toSeconds();
    this.pausedSince = clock.pausedSince().orElse(null);
    this.stoppedAt = clock.stoppedAt().orElse(null);
    scheduleNextCheck();
  }

  /** Starts the clock afresh (a new classification, resolution or reopening): nothing warned or breached yet. */
  void restart(SlaClock clock) {
    warnedAt = null;
    breachedAt = null;
    escalateAgainAt = null;
    update(clock);
  }

  void warned(Instant at) {
    warnedAt = at;
    scheduleNextCheck();
  }

  /**
   * The clock's breach (or a later one of its per-level clocks) escalated the ticket.
   *
   * @param again when the next level is to be told, or null at the top of the chain
   */
  void escalated(Instant at, Instant again) {
    if (warnedAt == null) {
      warnedAt = at;
    }
    if (breachedAt == null) {
      breachedAt = at;
    }
    escalateAgainAt = again;
    scheduleNextCheck();
  }

  private void scheduleNextCheck() {
    SlaClock clock = clock();
    if (clock.stoppedAt().isPresent() || clock.isPaused()) {
      nextCheckAt = null;
    } else if (warnedAt == null) {
      nextCheckAt = clock.warnAt();
    } else if (breachedAt == null) {
      nextCheckAt = clock.dueAt();
    } else {
      nextCheckAt = escalateAgainAt;
    }
  }
}
