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

/** A household read a notice, and perhaps acknowledged it. */
@Entity
@Table(name = "notice_receipt")
public class NoticeReceipt extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "notice_id")
  private Notice notice;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by")
  private Long acknowledgedBy;

  protected NoticeReceipt() {}

  NoticeReceipt(Notice notice, Household household, Instant now) {
    this.notice = notice;
    this.household = household;
    this.readAt = now;
  }

  /** Records 已知晓 once; the first resident of the household to say it is the one kept. */
  void acknowledge(long residentId, Instant now) {
    if (acknowledgedAt == null) {
      acknowledgedAt = now;
      acknowledgedBy = residentId;
    }
  }

  public Notice notice() {
    return notice;
  }

  public Instant readAt() {
    return readAt;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }
}
