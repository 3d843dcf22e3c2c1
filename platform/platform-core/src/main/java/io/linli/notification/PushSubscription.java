package io.linli.notification;

import io.linli.people.Resident;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A browser in which an owner allowed notifications: where its push service takes messages, and its keys. */
@Entity
@Table(name = "push_subscription")
public class PushSubscription extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resident_id")
  private Resident resident;

  @Column(name = "endpoint", length = 500, nullable = false)
  private String endpoint;

  @Column(name = "p256dh", length = 200, nullable = false)
  private String p256dh;

  @Column(name = "auth", length = 100, nullable = false)
  private String auth;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PushSubscription() {}

  /** @throws IllegalArgumentException naming the field when the browser's subscription is not usable */
  public PushSubscription(Resident resident, String endpoint, String p256dh, String auth, Instant now) {
    if (endpoint == null || !endpoint.startsWith("http") || endpoint.length() > 500) {
      throw new IllegalArgumentException("endpoint: must be the push service's http(s) address");
    }
    if (p256dh == null || p256dh.isBlank() || p256dh.length() > 200) {
      throw new IllegalArgumentException("keys.p256dh: is required");
    }
    if (auth == null || auth.isBlank() || auth.length() > 100) {
      throw new IllegalArgumentException("keys.auth: is required");
    }
    this.resident = resident;
    this.endpoint = endpoint;
    this.p256dh = p256dh;
    this.auth = auth;
    this.createdAt = now;
  }

  public Resident resident() {
    return resident;
  }

  public String endpoint() {
    return endpoint;
  }

  public String p256dh() {
    return p256dh;
  }

  public String auth() {
    return auth;
  }
}
