package io.linli.notice;

import io.linli.community.Project;
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

/** A published notice: never edited afterwards, so what households read and acknowledged stays what was sent. */
@Entity
@Table(name = "notice")
public class Notice extends TenantOwned {

  static final int MAX_TITLE = 120;

  /** Null: every household of the company. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id")
  private Project project;

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
   * @param project null for the whole company
   * @param html rich text; sanitised here
   * @throws IllegalArgumentException naming the field that is missing or too long
   */
  static Notice publish(Project project, String title, String html, Severity severity, StaffMember by,
      Instant now) {
    if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
      throw new IllegalArgumentException("title: is required, at most " + MAX_TITLE + " characters");
    }
    if (severity == null) {
      throw new IllegalArgumentException("severity: is required, NORMAL, IMPORTANT or CRITICAL");
    }
    Notice notice = new Notice();
    notice.project = project;
    notice.title = title.strip();
    notice.body = RichText.sanitize(html);
    notice.severity = severity;
    notice.publishedBy = by;
    notice.publishedAt = now;
    return notice;
  }

  /** @return whether households are asked to acknowledge it */
  public boolean asksAcknowledgement() {
    return severity == Severity.CRITICAL;
  }

  public Project project() {
    return project;
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
