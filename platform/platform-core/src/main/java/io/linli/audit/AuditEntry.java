package io.linli.audit;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened: who ({@link AuditActor}), what ({@code action}, such as {@code ticket.resolve}), to what
 * ({@code subjectType} and id), when and from where. Append-only: no column can be updated, and nothing deletes.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwned {

  static final int MAX_DETAIL = 500;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor_kind", length = 12, nullable = false, updatable = false)
  private String actorKind;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "actor_name", length = 100, nullable = false, updatable = false)
  private String actorName;

  @Column(name = "action", length = 40, nullable = false, updatable = false)
  private String action;

  @Column(name = "subject_type", length = 30, nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", updatable = false)
  private Long subjectId;

  @Column(name = "detail", length = MAX_DETAIL, updatable = false)
  private String detail;

  @Column(name = "client_address", length = 64, updatable = false)
  private String clientAddress;

  protected AuditEntry() {}

  AuditEntry(Instant at, AuditActor actor, String action, String subjectType, Long subjectId, String detail,
      String clientAddress) {
    this.at = at;
    this.actorKind = actor.kind();
    this.actorId = actor.id();
    this.actorName = truncated(actor.name(), 100);
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = detail == null ? null : truncated(detail, MAX_DETAIL);
    this.clientAddress = clientAddress == null ? null : truncated(clientAddress, 64);
  }

  private static String truncated(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Instant at() {
    return at;
  }

  public AuditActor actor() {
    return new AuditActor(actorKind, actorId, actorName);
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public Long subjectId() {
    return subjectId;
  }

  public String detail() {
    return detail;
  }

  public String clientAddress() {
    return clientAddress;
  }
}
