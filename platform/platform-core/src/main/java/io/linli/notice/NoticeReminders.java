package io.linli.notice;

import io.linli.api.TenantId;
import io.linli.notification.ContactPreferences;
import io.linli.notification.ContactService;
import io.linli.notification.Deliveries;
import io.linli.notification.Delivery;
import io.linli.notification.DeliveryChannel;
import io.linli.notification.PushSubscription;
import io.linli.people.PeopleRepository;
import io.linli.people.Resident;
import io.linli.people.ResidentRelation;
import io.linli.schedule.DueWork;
import io.linli.settings.LinliSettings;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantEntityManager;
import io.linli.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;

/**
 * Takes each household's due step of a notice: the messages of that step's channels to the household's residents,
 * as each wants to be reached, outside their quiet hours unless it is an emergency; for a critical notice the next
 * step follows until the household acknowledges. Rows are locked as in {@code SlaCheck}, so a step is taken once.
 */
@ApplicationScoped
public class NoticeReminders implements DueWork<NoticeReminders.Due> {

  /** A receipt whose next step is due, of some tenant. */
  public record Due(long id, TenantId tenant) implements DueWork.Row {}

  @Inject TenantEntityManager entityManagers;
  @Inject TenantRepository tenants;
  @Inject PeopleRepository people;
  @Inject ContactService contacts;
  @Inject Deliveries deliveries;
  @Inject NoticeSettings noticeSettings;
  @Inject LinliSettings settings;

  @Override
  public int everySeconds() {
    return settings.outboundScanSeconds();
  }

  @Override
  @Transactional
  public List<Due> due(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = entityManagers.platform()
        .createNativeQuery("SELECT id, tenant_id FROM notice_receipt WHERE next_step_at <= ?"
            + " ORDER BY next_step_at LIMIT ?")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true) // reads ids and tenants only
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, limit)
        .getResultList();
    return rows.stream().map(r -> new Due(((Number) r[0]).longValue(), TenantId.of((String) r[1]))).toList();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean handle(Due due, Instant now) {
    var entityManager = entityManagers.current();
    boolean locked = !entityManager
        .createNativeQuery("SELECT id FROM notice_receipt WHERE id = ? AND tenant_id = ? AND next_step_at <= ?"
            + " FOR UPDATE SKIP LOCKED")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true) // names its tenant itself
        .setParameter(1, due.id())
        .setParameter(2, due.tenant().value())
        .setParameter(3, Timestamp.from(now))
        .getResultList()
        .isEmpty();
    NoticeReceipt receipt = locked ? entityManager.find(NoticeReceipt.class, due.id()) : null;
    if (receipt == null) {
      return false;
    }
    var step = receipt.takeStep(receipt.notice().schedule(noticeSettings.reminders()), now);
    step.ifPresent(s -> send(receipt, s.channels(), tenants.find(due.tenant()).orElseThrow(), now));
    return step.isPresent();
  }

  private void send(NoticeReceipt receipt, java.util.Set<DeliveryChannel> channels, Tenant tenant, Instant now) {
    Notice notice = receipt.notice();
    String about = NoticeService.about(notice);
    String link = settings.publicUrl() + "/portal/notices";
    List<Resident> residents = people.residents(receipt.household());
    Map<Long, ContactPreferences> preferences = contacts.preferences(residents);
    for (Resident resident : residents) {
      ContactPreferences wants = preferences.get(resident.id());
      OwnerTexts texts = new OwnerTexts(notice, tenant.name().in(wants.locale()), link, wants.locale());
      Instant notBefore = notice.emergency() ? now : wants.quietHours().next(now, Tenant.ZONE);
      if (channels.contains(DeliveryChannel.SMS) && wants.accepts(DeliveryChannel.SMS)) {
        deliveries.enqueue(new Delivery(DeliveryChannel.SMS, about, resident, resident.phone(), texts.subject(),
            texts.sms(), link, now, notBefore));
      }
      if (channels.contains(DeliveryChannel.EMAIL) && wants.accepts(DeliveryChannel.EMAIL)) {
        deliveries.enqueue(new Delivery(DeliveryChannel.EMAIL, about, resident, wants.email(), texts.subject(),
            texts.email(), link, now, notBefore));
      }
      if (channels.contains(DeliveryChannel.WEB_PUSH) && wants.accepts(DeliveryChannel.WEB_PUSH)) {
        for (PushSubscription browser : contacts.subscriptions(resident)) {
          deliveries.enqueue(new Delivery(DeliveryChannel.WEB_PUSH, about, resident, browser.endpoint(),
              notice.title(), texts.push(), "/portal/notices", now, notBefore));
        }
      }
    }
    if (channels.contains(DeliveryChannel.PHONE)) {
      // one call per household, to an owner first; the steward calls in working hours, not by the owner's quiet hours
      residents.stream().filter(r -> preferences.get(r.id()).accepts(DeliveryChannel.PHONE))
          .min(Comparator.comparing((Resident r) -> r.relation() != ResidentRelation.OWNER).thenComparing(Resident::id))
          .ifPresent(callee -> deliveries.enqueue(new Delivery(DeliveryChannel.PHONE, about, callee, callee.phone(),
              notice.title(), OwnerTexts.phoneTask(notice, receipt.household(), callee),
              "/console/households/" + receipt.household().id(), now, now)));
    }
  }
}
