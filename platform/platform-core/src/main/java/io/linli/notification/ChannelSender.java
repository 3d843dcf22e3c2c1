package io.linli.notification;

import io.linli.schedule.DueRows;
import io.linli.schedule.DueWork;
import io.linli.settings.LinliSettings;
import io.linli.tenancy.TenantEntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the due deliveries of one channel. Each provider is one of these, scanned on its own thread, so a provider
 * that is down or slow holds up only its own messages; each delivery is sent in a transaction that holds its row
 * ({@code FOR UPDATE SKIP LOCKED}), so two nodes never send it twice, and every attempt is recorded.
 */
public abstract class ChannelSender implements DueWork<DueRows.Due> {

  @Inject TenantEntityManager entityManagers;
  @Inject DueRows rows;
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
  public List<DueRows.Due> due(Instant now, int limit) {
    return rows.find("delivery", "next_attempt_at", "channel = ?", now, limit, channel().name());
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean handle(DueRows.Due due, Instant now) {
    var entityManager = entityManagers.current();
    boolean locked = rows.lock("delivery", "next_attempt_at", due.id(), due.tenant(), now);
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
    } catch (DeliveryFailed | RuntimeException e) {
      // a fault of ours (a malformed gateway address, say) is recorded and retried like a provider's, so that the
      // row cannot stay due for ever and hold up the channel's queue
      detail = e instanceof DeliveryFailed ? e.getMessage() : e.toString();
      outcome = delivery.failed(detail, !(e instanceof DeliveryFailed failed) || failed.retryable(),
          new Backoff(Duration.ofSeconds(settings.deliveryRetrySeconds())), now);
    }
    entityManager.persist(new DeliveryAttempt(delivery, now, outcome, detail));
    return outcome == DeliveryStatus.SENT;
  }
}
