package io.linli.ticket;

import io.linli.sla.SlaPolicy;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * A tenant's own time limits for a category, or for one priority of it; the parts left empty keep the platform's
 * defaults (REQUIREMENTS Core 3).
 */
@Entity
@Table(name = "sla_override")
public class SlaOverride extends TenantOwned {

  @Column(name = "category", length = 32, nullable = false)
  private String category;

  /** Null: every priority of the category. */
  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 8)
  private Priority priority;

  @Column(name = "respond_seconds")
  private Long respondSeconds;

  @Column(name = "on_site_seconds")
  private Long onSiteSeconds;

  @Column(name = "resolve_seconds")
  private Long resolveSeconds;

  @Column(name = "resolve_working_days")
  private Integer resolveWorkingDays;

  @Column(name = "return_visit_seconds")
  private Long returnVisitSeconds;

  protected SlaOverride() {}

  public SlaOverride(String category, Priority priority) {
    this.category = category;
    this.priority = priority;
  }

  public String category() {
    return category;
  }

  public Priority priority() {
    return priority;
  }

  /** Takes the limits of {@code policy}; its empty parts become empty here. */
  public void set(SlaPolicy policy) {
    respondSeconds = seconds(policy.respondWithin());
    onSiteSeconds = seconds(policy.onSiteWithin());
    resolveSeconds = seconds(policy.resolveWithin());
    resolveWorkingDays = policy.resolveWithinWorkingDays() == 0 ? null : policy.resolveWithinWorkingDays();
    returnVisitSeconds = seconds(policy.returnVisitAfterResolution());
  }

  /** @return the override as a policy whose empty parts keep what they override */
  public SlaPolicy asPolicy() {
    return new SlaPolicy(duration(respondSeconds), duration(onSiteSeconds), duration(resolveSeconds),
        resolveWorkingDays == null ? 0 : resolveWorkingDays, duration(returnVisitSeconds));
  }

  private static Long seconds(Duration duration) {
    return duration == null ? null : duration.toSeconds();
  }

  private static Duration duration(Long seconds) {
    return seconds == null ? null : Duration.ofSeconds(seconds);
  }
}
