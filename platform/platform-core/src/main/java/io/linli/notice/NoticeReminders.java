package io.linli.notice;

import io.linli.notification.ContactPreferences;
import io.linli.notification.ContactService;
import io.linli.notification.Deliveries;
import io.linli.notification.Delivery;
import io.linli.notification.DeliveryChannel;
import io.linli.notification.PushSubscription;
import io.linli.people.PeopleRepository;
import io.linli.people.Resident;
import io.linli.people.ResidentRelation;
import io.linli.schedule.DueRows;
import io.linli.schedule.DueWork;
import io.linli.settings.LinliSettings;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantEntityManager;
import io.linli.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Takes each household's due step of a notice: the messages of that step's channels to the household's residents,
 * as each wants to be reached, outside their quiet hours unless it is an emergency; for a critical notice the next
 * step follows until the household acknowledges. The receipt's row is locked first, so a step is taken once.
 */
@ApplicationScoped
public class NoticeReminders implements DueWork<DueRows.Due> {

  /** The channels that take the notice's text once per resident; web push goes to each browser, a call per household. */
  private static final List<DeliveryChannel> TEXT_CHANNELS =
      List.of(DeliveryChannel.SMS, DeliveryChannel.EMAIL, DeliveryChannel.PLUGIN);

  @Inject TenantEntityManager entityManagers;
  @Inject DueRows rows;
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
  public List<DueRows.Due> due(Instant now, int limit) {
    return rows.find("notice_receipt", "next_step_at", "", now, limit);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean handle(DueRows.Due due, Instant now) {
    boolean locked = rows.lock("notice_receipt", "next_step_at", due.id(), due.tenant(), now);
    var entityManager = entityManagers.current();
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
      for (DeliveryChannel channel : TEXT_CHANNELS) {
        if (channels.contains(channel) && wants.accepts(channel)) {
          deliveries.enqueue(new Delivery(channel, about, resident,
              channel == DeliveryChannel.EMAIL ? wants.email() : resident.phone(), texts.subject(),
              channel == DeliveryChannel.EMAIL ? texts.email() : texts.sms(), link, now, notBefore));
        }
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
