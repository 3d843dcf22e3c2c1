package io.linli.notification;

import io.linli.people.StaffMember;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Sends in-app notifications to staff of the bound tenant and lists a person's own. */
@ApplicationScoped
@Transactional
public class NotificationService {

  @Inject TenantEntityManager entityManagers;
  @Inject Deliveries deliveries;
  @Inject Event<StaffNotified> notified;

  /**
   * In-app for everyone, by e-mail to those with an address (a delivery, sent once this transaction commits and
   * retried while the SMTP server is away), and through plugins' channels.
   */
  public void notify(Collection<StaffMember> recipients, String kind, String text, String link, Instant now) {
    for (StaffMember recipient : recipients) {
      entityManagers.current().persist(new Notification(recipient, kind, text, link, now));
      if (recipient.email() != null) {
        deliveries.enqueue(Delivery.staffMail(kind, recipient.email(), "【邻里】" + text, text + "\n\n" + link, now));
      }
      notified.fire(new StaffNotified(TenantContext.require(), recipient.summary(), kind, text, link));
    }
  }

  /** @return the newest notifications of a staff member, at most {@code limit} */
  public List<Notification> of(long staffId, int limit) {
    return entityManagers.current()
        .createQuery("select n from Notification n where n.recipient.id = :s order by n.id desc", Notification.class)
        .setParameter("s", staffId)
        .setMaxResults(limit)
        .getResultList();
  }
}
