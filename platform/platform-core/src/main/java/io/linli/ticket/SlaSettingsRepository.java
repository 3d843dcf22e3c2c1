package io.linli.ticket;

import io.linli.sla.EscalationPolicy;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The bound tenant's SLA overrides, calendar days, escalation pace and reopen window. */
@ApplicationScoped
public class SlaSettingsRepository {

  @Inject TenantEntityManager entityManagers;

  public List<SlaOverride> overrides() {
    return entityManagers.current()
        .createQuery("select o from SlaOverride o", SlaOverride.class)
        .getResultList();
  }

  public List<SlaOverride> overridesOf(String category) {
    return entityManagers.current()
        .createQuery("select o from SlaOverride o where o.category = :c", SlaOverride.class)
        .setParameter("c", category)
        .getResultList();
  }

  public List<CalendarDay> calendarDays() {
    return entityManagers.current()
        .createQuery("select d from CalendarDay d", CalendarDay.class)
        .getResultList();
  }

  public Optional<EscalationSetting> escalation() {
    return entityManagers.current()
        .createQuery("select e from EscalationSetting e", EscalationSetting.class)
        .getResultStream()
        .findFirst();
  }

  /** @return the tenant's escalation pace, or the platform's default */
  public EscalationPolicy escalationPolicy() {
    return escalation().map(EscalationSetting::policy).orElseGet(EscalationPolicy::defaults);
  }

  public Optional<ReopenSetting> reopen() {
    return entityManagers.current()
        .createQuery("select r from ReopenSetting r", ReopenSetting.class)
        .getResultStream()
        .findFirst();
  }

  public void store(Object setting) {
    entityManagers.current().persist(setting);
  }

  public void remove(Object setting) {
    entityManagers.current().remove(setting);
  }
}
