package io.linli.notification;

import io.linli.api.TenantId;
import io.linli.schedule.DueWork;
import io.linli.settings.LinliSettings;
import io.linli.tenancy.TenantEntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * Sends the due deliveries of one channel. Each provider is one of these, scanned on its own thread, so a provider
 * that is down or slow holds up only its own messages; each delivery is sent in a transaction that holds its row
 * ({@code FOR UPDATE SKIP LOCKED}), so two nodes never send it twice, and every attempt is recorded. Native SQL is
 * let through as in {@code SlaCheck}: it reads ids and tenants, or names its tenant itself.
 */
public abstract class ChannelSender implements DueWork<ChannelSender.Due> {

  /** A due delivery of some tenant. */
  public record Due(long id, TenantId tenant) implements DueWork.Row {}

  @Inject TenantEntityManager entityManagers;
  @Inject LinliSettings settings;

  /** @return the channel whose deliveries this sends */
  protected abstract DeliveryChannel channel();

  /**
   * Hands one message to the provider.
   *
   * @throws DeliveryFailed when it did not take it
   */
  protected abstract void send(Delivery delivery, Instant now) throws DeliveryFailed;

  @Override
  public int everySeconds() {
    return settings.outboundScanSeconds();
  }

  @Override
  @Transactional
  public List<Due> due(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = entityManagers.platform()
        .createNativeQuery("SELECT id, tenant_id FROM delivery WHERE channel = ? AND next_attempt_at <= ?"
            + " ORDER BY next_attempt_at LIMIT ?")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true) // reads ids and tenants only
        .setParameter(1, channel().name())
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, limit)
        .getResultList();
    return rows.stream().map(r -> new Due(((Number) r[0]).longValue(), TenantId.of((String) r[1]))).toList();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean handle(Due due, Instant now) {
    var entityManager = entityManagers.current();
    boolean locked = !entityManager
        .createNativeQuery("SELECT id FROM delivery WHERE id = ? AND tenant_id = ? FOR UPDATE SKIP LOCKED")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true) // names its tenant itself
        .setParameter(1, due.id())
        .setParameter(2, due.tenant().value())
        .getResultList()
        .isEmpty();
    Delivery delivery = locked ? entityManager.find(Delivery.class, due.id()) : null;
    if (delivery == null || !delivery.due(now)) {
      return false;
    }
    DeliveryStatus outcome;
    String detail = null;
    try {
      send(delivery, now);
      delivery.sent(now);
      outcome = DeliveryStatus.SENT;
    } catch (DeliveryFailed e) {
      detail = e.getMessage();
      outcome = delivery.failed(detail, e.retryable(),
          new Backoff(Duration.ofSeconds(settings.deliveryRetrySeconds())), now);
    }
    entityManager.persist(new DeliveryAttempt(delivery, now, outcome, detail));
    return outcome == DeliveryStatus.SENT;
  }
}
