package io.linli.ticket;

import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The bound tenant's SLA overrides and calendar days. */
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

  public void store(Object setting) {
    entityManagers.current().persist(setting);
  }
}
