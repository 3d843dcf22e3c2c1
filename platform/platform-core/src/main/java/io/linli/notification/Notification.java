package io.linli.notification;

import io.linli.people.StaffMember;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An in-app message to a staff member, such as an SLA warning or an escalation, with a link to what it is about. */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id")
  private StaffMember recipient;

  @Column(name = "kind", length = 24, nullable = false)
  private String kind;

  @Column(name = "text", length = 500, nullable = false)
  private String text;

  @Column(name = "link", length = 200)
  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(StaffMember recipient, String kind, String text, String link, Instant createdAt) {
    this.recipient = recipient;
    this.kind = kind;
    this.text = text;
    this.link = link;
    this.createdAt = createdAt;
  }

  public StaffMember recipient() {
    return recipient;
  }

  public String kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public String link() {
    return link;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }
}
