package io.linli.ticket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.linli.api.TenantId;
import io.linli.sla.EscalationPolicy;
import io.linli.sla.SlaPolicies;
import io.linli.sla.SlaPolicy;
import io.linli.sla.WorkingCalendar;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The terms a ticket's clocks run by: the platform's defaults (REQUIREMENTS Core 3), then the tenant's override for
 * the category, then the one for the category and priority; China's official working-day calendar with the tenant's
 * own extra days off and days worked; the tenant's escalation pace and the window owners have to reopen.
 *
 * <p>Every filing and every due clock needs them, and they change a few times a year, so each tenant's are kept for
 * {@link #KEPT_FOR}. A change on this node is seen at once ({@link #settingsChanged()}); on other nodes within that
 * time.
 */
@ApplicationScoped
public class SlaTermsProvider {

  static final Duration KEPT_FOR = Duration.ofSeconds(30);

  /** A tenant's settings as read from the database. */
  private record TenantSettings(List<CategoryLimits> overrides, WorkingCalendar calendar, EscalationPolicy escalation,
      Duration reopenWithin) {}

  /** What an {@link SlaOverride} says, apart from its row. */
  private record CategoryLimits(String category, Priority priority, SlaPolicy policy) {}

  private final WorkingCalendar official = WorkingCalendar.chinaOfficial(Tenant.ZONE);
  private final Cache<TenantId, TenantSettings> kept = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).build();

  @Inject SlaSettingsRepository settings;
  @Resource TransactionSynchronizationRegistry transactions;

  public SlaTerms termsFor(String category, Priority priority) {
    TenantSettings tenant = tenantSettings();
    SlaPolicy policy = SlaPolicies.defaultFor(category);
    List<CategoryLimits> overrides = tenant.overrides().stream()
        .filter(o -> o.category().equals(category) && (o.priority() == null || o.priority() == priority))
        .sorted(Comparator.comparing(o -> o.priority() != null)) // the category's first, then its priority's
        .toList();
    for (CategoryLimits override : overrides) {
      policy = policy.withOverrides(override.policy());
    }
    return new SlaTerms(policy, tenant.calendar());
  }

  /** @return the tenant's escalation pace, or the platform's default */
  public EscalationPolicy escalationPolicy() {
    return tenantSettings().escalation();
  }

  /** @return how long after the resolution an owner may reopen a ticket (the tenant's, or 7 days) */
  public Duration reopenWindow() {
    return tenantSettings().reopenWithin();
  }

  /**
   * Forgets the bound tenant's settings, now and again when the transaction that changes them ends (so that no
   * request reading in between keeps the old ones).
   */
  public void settingsChanged() {
    TenantId tenant = TenantContext.require();
    kept.invalidate(tenant);
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        kept.invalidate(tenant);
      }
    });
  }

  private TenantSettings tenantSettings() {
    return kept.get(TenantContext.require(), tenant -> {
      List<CalendarDay> days = settings.calendarDays();
      WorkingCalendar calendar = days.isEmpty() ? official : official.with(
          days.stream().filter(d -> !d.isWorking()).map(CalendarDay::day).collect(Collectors.toSet()),
          days.stream().filter(CalendarDay::isWorking).map(CalendarDay::day).collect(Collectors.toSet()));
      List<CategoryLimits> overrides = settings.overrides().stream()
          .map(o -> new CategoryLimits(o.category(), o.priority(), o.asPolicy()))
          .toList();
      return new TenantSettings(overrides, calendar, settings.escalationPolicy(),
          settings.reopen().map(ReopenSetting::within).orElse(Ticket.DEFAULT_REOPEN_WINDOW));
    });
  }
}
