package io.linli.notice;

import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The bound company's reminder steps for critical notices; the default ones until it sets its own. */
@ApplicationScoped
@Transactional
public class NoticeSettings {

  @Inject TenantEntityManager entityManagers;

  public ReminderSchedule reminders() {
    List<ReminderStep> steps = stored();
    return steps.isEmpty() ? ReminderSchedule.DEFAULT
        : new ReminderSchedule(steps.stream().map(ReminderStep::step).toList());
  }

  /** Replaces the company's steps (from its tenant files), unless they are the ones kept already. */
  public void setReminders(ReminderSchedule schedule) {
    if (reminders().equals(schedule)) {
      return;
    }
    var entityManager = entityManagers.current();
    stored().forEach(entityManager::remove);
    entityManager.flush(); // the unique (tenant, position) must be free before the new rows go in
    for (int i = 0; i < schedule.steps().size(); i++) {
      entityManager.persist(new ReminderStep(i, schedule.step(i)));
    }
  }

  private List<ReminderStep> stored() {
    return entityManagers.current()
        .createQuery("select s from ReminderStep s order by s.position", ReminderStep.class).getResultList();
  }
}
