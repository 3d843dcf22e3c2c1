package io.linli.notification;

import io.linli.community.Household;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Messages to owners waiting to go out, and what became of those about one thing (a notice). */
@ApplicationScoped
@Transactional
public class Deliveries {

  @Inject TenantEntityManager entityManagers;

  /** Stores it; the channel's sender takes it when it is due. */
  public void enqueue(Delivery delivery) {
    entityManagers.current().persist(delivery);
  }

  /**
   * The household no longer needs them (it acknowledged): its pending deliveries about {@code about} are dropped. A
   * locking read: it waits for a delivery being sent (and then sees it sent) and sees those a reminder step queued
   * just now, which the transaction's snapshot would not.
   */
  public void cancelPending(String about, Household household, Instant now) {
    entityManagers.current()
        .createQuery("select d from Delivery d where d.about = :a and d.status = :s and d.resident.household = :h",
            Delivery.class)
        .setParameter("a", about).setParameter("s", DeliveryStatus.PENDING).setParameter("h", household)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList().forEach(d -> d.cancel(now));
  }

  /** @return for each channel, how many deliveries about {@code about} stand where */
  public Map<DeliveryChannel, Map<DeliveryStatus, Long>> summary(String about) {
    List<Object[]> rows = entityManagers.current()
        .createQuery("select d.channel, d.status, count(d) from Delivery d where d.about = :a"
            + " group by d.channel, d.status", Object[].class)
        .setParameter("a", about).getResultList();
    Map<DeliveryChannel, Map<DeliveryStatus, Long>> summary = new EnumMap<>(DeliveryChannel.class);
    for (Object[] row : rows) {
      summary.computeIfAbsent((DeliveryChannel) row[0], c -> new EnumMap<>(DeliveryStatus.class))
          .put((DeliveryStatus) row[1], ((Number) row[2]).longValue());
    }
    return summary;
  }

}
