package io.linli.notification;

import io.linli.people.Resident;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One message to one owner through one channel — an SMS, e-mail or web push, or a phone task for the steward to
 * call them — or an e-mail to a staff member, and where it stands. Sent at {@code nextAttemptAt}; a failure waits for the next attempt by the
 * {@link Backoff}, until it is sent or given up.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends TenantOwned {

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 12, nullable = false)
  private DeliveryChannel channel;

  /** What it is about, such as {@code notice:12}: for the sender's figures. */
  @Column(name = "about", length = 40, nullable = false)
  private String about;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id")
  private Resident resident;

  /** The phone number, e-mail address or push endpoint it goes to. */
  @Column(name = "address", length = 500)
  private String address;

  @Column(name = "subject", length = 200, nullable = false)
  private String subject;

  @Column(name = "text", nullable = false)
  private String text;

  @Column(name = "link", length = 200)
  private String link;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private DeliveryStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected Delivery() {}

  /**
   * @param resident whom it is for (for a phone task: whom to phone)
   * @param notBefore when it may first go out (after the owner's quiet hours, say)
   */
  public Delivery(DeliveryChannel channel, String about, Resident resident, String address, String subject,
      String text, String link, Instant now, Instant notBefore) {
    this.channel = channel;
    this.about = about;
    this.resident = resident;
    this.address = address;
    this.subject = subject;
    this.text = text;
    this.link = link;
    this.status = DeliveryStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = notBefore.isAfter(now) ? notBefore : now;
  }

  /**
   * An e-mail to a staff member about an in-app notification (an escalation, an alert): due at once, retried like an
   * owner's, and committed with what it is about.
   *
   * @param kind the notification's kind, such as ESCALATE
   */
  static Delivery staffMail(String kind, String address, String subject, String text, Instant now) {
    String about = "staff:" + kind;
    return new Delivery(DeliveryChannel.EMAIL, about.substring(0, Math.min(40, about.length())), null, address,
        subject, text, null, now, now);
  }

  /** @return whether an attempt is due */
  boolean due(Instant now) {
    return status == DeliveryStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
  }

  void sent(Instant now) {
    attempts++;
    status = DeliveryStatus.SENT;
    finish(now);
  }

  /**
   * A failed attempt: tried again after the back-off's wait, unless the failure is final or no attempt is left.
   *
   * @return the outcome to record for this attempt
   */
  DeliveryStatus failed(String error, boolean retryable, Backoff backoff, Instant now) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
    Duration wait = retryable ? backoff.after(attempts) : null;
    if (wait == null) {
      status = DeliveryStatus.FAILED;
      finish(now);
      return DeliveryStatus.FAILED;
    }
    nextAttemptAt = now.plus(wait);
    return DeliveryStatus.PENDING;
  }

  void cancel(Instant now) {
    status = DeliveryStatus.CANCELLED;
    finish(now);
  }

  private void finish(Instant now) {
    finishedAt = now;
    nextAttemptAt = null;
  }

  public DeliveryChannel channel() {
    return channel;
  }

  public String about() {
    return about;
  }

  public Resident resident() {
    return resident;
  }

  public String address() {
    return address;
  }

  public String subject() {
    return subject;
  }

  public String text() {
    return text;
  }

  public String link() {
    return link;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }
}
