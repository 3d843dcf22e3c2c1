package io.linli.survey;

import io.linli.api.PluginEntity;
import io.linli.api.QuietHours;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A household is asked, once, how the service on one ticket was. */
@Entity
@Table(name = "survey_invitation")
public class Invitation extends PluginEntity {

  /** How long an owner has to answer. */
  static final Duration ANSWER_WITHIN = Duration.ofDays(14);

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  @Column(name = "questionnaire_id")
  private long questionnaireId;

  @Column(name = "ticket_id")
  private long ticketId;

  @Column(name = "household_id")
  private long householdId;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "project_name")
  private String projectName;

  @Column(name = "ticket_title")
  private String ticketTitle;

  @Enumerated(EnumType.STRING)
  private InvitationStatus status;

  @Column(name = "opens_at")
  private Instant opensAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_month")
  private String answeredMonth;

  @Column(name = "answered_by")
  private Long answeredBy;

  protected Invitation() {}

  /** Opens at once, or after the quiet hours {@code requestedAt} falls in. */
  Invitation(long questionnaireId, long ticketId, long householdId, long projectId, String projectName,
      String ticketTitle, Instant requestedAt, ZoneId zone) {
    this.questionnaireId = questionnaireId;
    this.ticketId = ticketId;
    this.householdId = householdId;
    this.projectId = projectId;
    this.projectName = projectName;
    this.ticketTitle = ticketTitle;
    this.status = InvitationStatus.OPEN;
    this.opensAt = QuietHours.DEFAULT.next(requestedAt, zone);
    this.expiresAt = opensAt.plus(ANSWER_WITHIN);
  }

  /** @return whether the owner can answer it now */
  public boolean isOpen(Instant now) {
    return status == InvitationStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(expiresAt);
  }

  /** The service checked {@link #isOpen} first. */
  void answered(long residentId, Instant now, ZoneId zone) {
    status = InvitationStatus.ANSWERED;
    answeredAt = now;
    answeredMonth = MONTH.format(now.atZone(zone));
    answeredBy = residentId;
  }

  void expire() {
    status = InvitationStatus.EXPIRED;
  }

  public long questionnaireId() {
    return questionnaireId;
  }

  public long ticketId() {
    return ticketId;
  }

  public long householdId() {
    return householdId;
  }

  public long projectId() {
    return projectId;
  }

  public String projectName() {
    return projectName;
  }

  public String ticketTitle() {
    return ticketTitle;
  }

  public InvitationStatus status() {
    return status;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
