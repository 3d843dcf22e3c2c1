package io.linli.ticket;

import io.linli.sla.SlaPolicies;
import io.linli.sla.SlaPolicy;
import io.linli.sla.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The terms a ticket's clocks run by: the platform's defaults (REQUIREMENTS Core 3), then the tenant's override for
 * the category, then the one for the category and priority; China's official working-day calendar with the tenant's
 * own extra days off and days worked. Read in the caller's transaction, for the bound tenant.
 */
@ApplicationScoped
public class SlaTermsProvider {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final WorkingCalendar official = WorkingCalendar.chinaOfficial(CHINA);

  @Inject SlaSettingsRepository settings;

  public SlaTerms termsFor(String category, Priority priority) {
    SlaPolicy policy = SlaPolicies.defaultFor(category);
    List<SlaOverride> overrides = settings.overridesOf(category).stream()
        .filter(o -> o.priority() == null || o.priority() == priority)
        .sorted(Comparator.comparing(o -> o.priority() != null)) // the category's first, then its priority's
        .toList();
    for (SlaOverride override : overrides) {
      policy = policy.withOverrides(override.asPolicy());
    }
    List<CalendarDay> days = settings.calendarDays();
    WorkingCalendar calendar = days.isEmpty() ? official : official.with(
        days.stream().filter(d -> !d.isWorking()).map(CalendarDay::day).collect(Collectors.toSet()),
        days.stream().filter(CalendarDay::isWorking).map(CalendarDay::day).collect(Collectors.toSet()));
    return new SlaTerms(policy, calendar);
  }
}
