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

/**
 * A project red on a rule: opened by the check that found it red (which tells its managers), closed by the first
 * that finds it green again. While it is yellow the episode stays open, so a project wavering at the limit is not
 * announced again and again.
 */
@Entity
@Table(name = "alert_episode")
public class AlertEpisode extends TenantOwned {

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

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** The rule while open, null once closed: the unique key that allows one open episode per project and rule. */
  @Column(name = "open_rule", length = 24)
  private String openRule;

  @Column(name = "notified", nullable = false)
  private int notified;

  protected AlertEpisode() {}

  AlertEpisode(long projectId, Verdict verdict, Instant at, int notified) {
    this.projectId = projectId;
    this.rule = verdict.rule();
    this.level = verdict.signal();
    this.reasonZh = verdict.reason().zh();
    this.reasonEn = verdict.reason().en();
    this.openedAt = at;
    this.openRule = rule.name();
    this.notified = notified;
  }

  void close(Instant at) {
    closedAt = at;
    openRule = null;
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

  /** @return why it turned red, as the check that opened it found */
  public Label reason() {
    return new Label(reasonZh, reasonEn);
  }

  public Instant openedAt() {
    return openedAt;
  }

  /** @return null while open */
  public Instant closedAt() {
    return closedAt;
  }

  /** @return how many people were told when it opened */
  public int notified() {
    return notified;
  }
}
