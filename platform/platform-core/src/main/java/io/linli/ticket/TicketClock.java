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

  /** When the scheduler must next look at this clock: its warning, then its breach; null once nothing is left. */
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

  void update(SlaClock clock) {
    this.startedAt = clock.startedAt();
    this.dueAt = clock.dueAt();
    this.pausedSeconds = clock.pausedTotal().toSeconds();
    this.pausedSince = clock.pausedSince().orElse(null);
    this.stoppedAt = clock.stoppedAt().orElse(null);
    scheduleNextCheck();
  }

  void warned(Instant at) {
    warnedAt = at;
    scheduleNextCheck();
  }

  void breached(Instant at) {
    breachedAt = at;
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
      nextCheckAt = null;
    }
  }
}
