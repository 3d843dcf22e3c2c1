package io.linli.ticket;

import io.linli.audit.AuditLog;
import io.linli.api.Role;
import io.linli.identity.SignedInUser;
import io.linli.sla.EscalationPolicy;
import io.linli.sla.SlaPolicies;
import io.linli.sla.SlaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A tenant admin's changes to the time limits, the working-day calendar and the escalation pace, from the console.
 * They apply to clocks started afterwards; running clocks keep the terms they started with.
 */
@ApplicationScoped
@Transactional
public class SlaSettingsService {

  @Inject SlaSettingsRepository settings;
  @Inject AuditLog audit;
  @Inject SlaTermsProvider terms;

  /** What the settings page shows. */
  public record Settings(List<Effective> effective, List<SlaOverride> overrides, List<CalendarDay> days,
      EscalationPolicy escalation) {}

  /** The limits a category's normal-priority tickets get now, and whether the tenant changed them. */
  public record Effective(String category, SlaPolicy policy, boolean overridden) {}

  /** @throws SlaSettingsForbidden unless the person is the tenant's admin */
  public Settings settings(SignedInUser user) {
    requireAdmin(user);
    List<SlaOverride> overrides = settings.overrides().stream()
        .sorted(Comparator.comparing(SlaOverride::category)
            .thenComparing(o -> o.priority() == null ? "" : o.priority().name()))
        .toList();
    List<Effective> effective = SlaPolicies.builtInCategories().stream().sorted()
        .map(c -> new Effective(c, terms.termsFor(c, Priority.NORMAL).policy(),
            overrides.stream().anyMatch(o -> o.category().equals(c))))
        .toList();
    List<CalendarDay> days = settings.calendarDays().stream().sorted(Comparator.comparing(CalendarDay::day)).toList();
    return new Settings(effective, overrides, days, settings.escalationPolicy());
  }

  /**
   * Sets the tenant's limits for a category (priority null) or one priority of it; the parts of {@code policy} left
   * empty keep the defaults.
   */
  public void override(SignedInUser user, String category, Priority priority, SlaPolicy policy) {
    changeBy(user, "sla.override", category + (priority == null ? "" : " · " + priority));
    if (!SlaPolicies.builtInCategories().contains(category)) {
      throw new IllegalArgumentException("category: no such category: " + category);
    }
    SlaOverride override = settings.overridesOf(category).stream()
        .filter(o -> o.priority() == priority)
        .findFirst()
        .orElseGet(() -> {
          SlaOverride created = new SlaOverride(category, priority);
          settings.store(created);
          return created;
        });
    override.set(policy);
  }

  /** Goes back to the defaults for one override. */
  public void removeOverride(SignedInUser user, long overrideId) {
    changeBy(user, "sla.override.remove", "#" + overrideId);
    settings.remove(settings.overrides().stream().filter(o -> o.id() == overrideId).findFirst()
        .orElseThrow(() -> new NoSuchElementException("override " + overrideId)));
  }

  /** Marks a day as a day off, or as a working day, for this tenant. */
  public void setDay(SignedInUser user, LocalDate day, boolean working) {
    changeBy(user, "sla.calendar", day + (working ? " 上班" : " 休息"));
    day(day).ifPresentOrElse(d -> d.setWorking(working), () -> settings.store(new CalendarDay(day, working)));
  }

  /** Goes back to the official calendar for one day. */
  public void removeDay(SignedInUser user, LocalDate day) {
    changeBy(user, "sla.calendar.remove", day.toString());
    settings.remove(day(day).orElseThrow(() -> new NoSuchElementException("calendar day " + day)));
  }

  /** Sets how long each escalation level has before the next is told. */
  public void setEscalation(SignedInUser user, Duration timeToAct) {
    changeBy(user, "sla.escalation", timeToAct.toString());
    settings.escalation().ifPresentOrElse(e -> e.set(timeToAct),
        () -> settings.store(new EscalationSetting(timeToAct)));
  }

  private Optional<CalendarDay> day(LocalDate day) {
    return settings.calendarDays().stream().filter(d -> d.day().equals(day)).findFirst();
  }

  /** The admin is about to change the settings: the terms kept for this tenant are out of date. */
  /** Checks the person may change the settings and records the change, which the rest of the call makes. */
  private void changeBy(SignedInUser user, String action, String detail) {
    requireAdmin(user);
    terms.settingsChanged();
    audit.record(action, "settings", null, detail);
  }

  private static void requireAdmin(SignedInUser user) {
    if (!user.roles().contains(Role.TENANT_ADMIN)) {
      throw new SlaSettingsForbidden();
    }
  }
}
