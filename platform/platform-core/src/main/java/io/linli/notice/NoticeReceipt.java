package io.linli.notice;

import io.linli.community.Household;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A notice as one household has it, from the moment it is published: whether the household read it and acknowledged
 * it (已知晓), and its next step of the notice's schedule, due at {@code nextStepAt} (null when nothing is left).
 */
@Entity
@Table(name = "notice_receipt")
public class NoticeReceipt extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "notice_id")
  private Notice notice;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by")
  private Long acknowledgedBy;

  @Column(name = "next_step", nullable = false)
  private int nextStep;

  @Column(name = "next_step_at")
  private Instant nextStepAt;

  protected NoticeReceipt() {}

  /**
   * The notice is for the household: its first step is due when the notice goes out, unless it has nothing to send
   * beyond the portal.
   */
  NoticeReceipt(Notice notice, Household household, ReminderSchedule schedule) {
    this.notice = notice;
    this.household = household;
    this.nextStepAt = schedule.sendsBeyondThePortal() ? notice.publishedAt() : null;
  }

  void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  /** Records 已知晓 once (read too); the first resident of the household to say it is the one kept. */
  void acknowledge(long residentId, Instant now) {
    read(now);
    if (acknowledgedAt == null) {
      acknowledgedAt = now;
      acknowledgedBy = residentId;
      nextStepAt = null;
    }
  }

  /**
   * Takes the due step: nothing once a critical notice is acknowledged; otherwise the step, with the next one set.
   *
   * @return the step to carry out now, if any
   */
  Optional<ReminderSchedule.Step> takeStep(ReminderSchedule schedule, Instant now) {
    if (nextStepAt == null || nextStepAt.isAfter(now)) {
      return Optional.empty();
    }
    if (notice.asksAcknowledgement() && acknowledgedAt != null || nextStep >= schedule.steps().size()) {
      nextStepAt = null; // acknowledged, or the company shortened its schedule since
      return Optional.empty();
    }
    ReminderSchedule.Step step = schedule.step(nextStep);
    nextStep++;
    nextStepAt = schedule.dueAt(nextStep, notice.publishedAt()).orElse(null);
    return Optional.of(step);
  }

  public Notice notice() {
    return notice;
  }

  public Household household() {
    return household;
  }

  public Instant readAt() {
    return readAt;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant nextStepAt() {
    return nextStepAt;
  }
}
