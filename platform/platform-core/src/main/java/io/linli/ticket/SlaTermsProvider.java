package io.linli.ticket;

import io.linli.sla.SlaPolicies;
import io.linli.sla.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;

/**
 * The terms a ticket's clocks run by. For now every tenant has the platform defaults (REQUIREMENTS Core 3) and
 * China's official working-day calendar; per-tenant overrides from the tenant's files come next.
 */
@ApplicationScoped
public class SlaTermsProvider {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final WorkingCalendar calendar = WorkingCalendar.chinaOfficial(CHINA);

  public SlaTerms termsFor(String category, Priority priority) {
    return new SlaTerms(SlaPolicies.defaultFor(category), calendar);
  }
}
