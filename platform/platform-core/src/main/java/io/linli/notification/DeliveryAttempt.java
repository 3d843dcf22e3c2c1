package io.linli.notification;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try of a delivery, as it went: sent, failed and to be retried (PENDING), or failed for good. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "delivery_id")
  private Delivery delivery;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 12, nullable = false)
  private DeliveryStatus outcome;

  @Column(name = "detail", length = 500)
  private String detail;

  protected DeliveryAttempt() {}

  DeliveryAttempt(Delivery delivery, Instant attemptedAt, DeliveryStatus outcome, String detail) {
    this.delivery = delivery;
    this.attemptedAt = attemptedAt;
    this.outcome = outcome;
    this.detail = detail == null ? null : detail.substring(0, Math.min(500, detail.length()));
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public DeliveryStatus outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }
}
