package io.linli.alert;

import io.linli.api.Label;
import io.linli.api.Metric.Signal;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** How a project stood on a rule at the last check. */
@Entity
@Table(name = "alert_standing")
public class AlertStanding extends TenantOwned {

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule", length = 24, nullable = false)
  private AlertRule rule;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 8, nullable = false)
  private Signal level;

  @Column(name = "reason_zh", length = 300, nullable = false)
  private String reasonZh;

  @Column(name = "reason_en", length = 300, nullable = false)
  private String reasonEn;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  protected AlertStanding() {}

  AlertStanding(long projectId, AlertRule rule) {
    this.projectId = projectId;
    this.rule = rule;
  }

  void record(Verdict verdict, Instant at) {
    level = verdict.signal();
    reasonZh = verdict.reason().zh();
    reasonEn = verdict.reason().en();
    checkedAt = at;
  }

  public long projectId() {
    return projectId;
  }

  public AlertRule rule() {
    return rule;
  }

  public Signal level() {
    return level;
  }

  public Label reason() {
    return new Label(reasonZh, reasonEn);
  }

  public Instant checkedAt() {
    return checkedAt;
  }
}
