package io.linli.notice;

import io.linli.community.Building;
import io.linli.community.Project;
import io.linli.notification.DeliveryChannel;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantOwned;
import io.linli.text.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A published notice: never edited afterwards, so what households read and acknowledged stays what was sent. It
 * goes out at {@code publishedAt}, which may lie ahead (a notice published for later).
 */
@Entity
@Table(name = "notice")
public class Notice extends TenantOwned {

  static final int MAX_TITLE = 120;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", length = 12, nullable = false)
  private Audience audience;

  /** The project it is for, or the building's; null for the whole company or a list of households. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id")
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "building_id")
  private Building building;

  /** The saved filter it went to, and that filter's name then; null but for a SEGMENT audience. */
  @Column(name = "segment_id")
  private Long segmentId;

  @Column(name = "segment_name", length = 60)
  private String segmentName;

  /** The channels its sender chose besides the portal. */
  @Column(name = "channels", length = 60, nullable = false)
  private String channels;

  /** An emergency goes out in owners' quiet hours too. */
  @Column(name = "emergency", nullable = false)
  private boolean emergency;

  @Column(name = "title", length = MAX_TITLE, nullable = false)
  private String title;

  @Column(name = "body", nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "severity", length = 12, nullable = false)
  private Severity severity;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "published_by_id")
  private StaffMember publishedBy;

  protected Notice() {}

  /**
   * @param project the project of a PROJECT or BUILDING audience, else null
   * @param building the building of a BUILDING audience, else null
   * @param html rich text; sanitised here
   * @param channels the channels besides the portal
   * @param at when it goes out: now, or later
   * @throws IllegalArgumentException naming the field that is missing or too long
   */
  static Notice publish(Audience audience, Project project, Building building, String title, String html,
      Severity severity, Set<DeliveryChannel> channels, boolean emergency, StaffMember by, Instant at) {
    if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
      throw new IllegalArgumentException("title: is required, at most " + MAX_TITLE + " characters");
    }
    if (severity == null) {
      throw new IllegalArgumentException("severity: is required, NORMAL, IMPORTANT or CRITICAL");
    }
    Notice notice = new Notice();
    notice.audience = audience;
    notice.project = project;
    notice.building = building;
    Set<DeliveryChannel> chosen = EnumSet.of(DeliveryChannel.PORTAL);
    chosen.addAll(channels);
    notice.channels = DeliveryChannel.format(chosen);
    notice.emergency = emergency;
    notice.title = title.strip();
    notice.body = RichText.sanitize(html);
    notice.severity = severity;
    notice.publishedBy = by;
    notice.publishedAt = at;
    return notice;
  }

  /** Records the saved filter a SEGMENT notice goes to. */
  void toSegment(Segments.Segment segment) {
    segmentId = segment.id();
    segmentName = segment.name();
  }

  /** @return when, and through what, it reaches a household, given the company's reminders for critical ones */
  public ReminderSchedule schedule(ReminderSchedule companyReminders) {
    return ReminderSchedule.of(asksAcknowledgement(), channels(), companyReminders);
  }

  /** @return whether it has gone out by {@code now} */
  public boolean isOut(Instant now) {
    return !publishedAt.isAfter(now);
  }

  /** @return whether households are asked to acknowledge it */
  public boolean asksAcknowledgement() {
    return severity == Severity.CRITICAL;
  }

  public Audience audience() {
    return audience;
  }

  public Project project() {
    return project;
  }

  public Building building() {
    return building;
  }

  public Long segmentId() {
    return segmentId;
  }

  /** @return the saved filter's name when the notice went out */
  public String segmentName() {
    return segmentName;
  }

  public Set<DeliveryChannel> channels() {
    return DeliveryChannel.parse(channels);
  }

  public boolean emergency() {
    return emergency;
  }

  public String title() {
    return title;
  }

  /** @return sanitised HTML */
  public String body() {
    return body;
  }

  public Severity severity() {
    return severity;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public StaffMember publishedBy() {
    return publishedBy;
  }
}
