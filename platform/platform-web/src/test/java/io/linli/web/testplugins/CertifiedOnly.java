package io.linli.web.testplugins;

import io.linli.api.DispatchEligibility;
import io.linli.api.StaffSummary;
import io.linli.api.TicketSummary;
import java.util.Optional;
import org.pf4j.Extension;

/** As a training plugin would: work marked 持证 goes to certified staff only, and nobody here is. */
@Extension
public class CertifiedOnly implements DispatchEligibility {

  @Override
  public Optional<String> refusal(TicketSummary ticket, StaffSummary candidate) {
    return ticket.title().contains("持证") ? Optional.of("未取得电工证") : Optional.empty();
  }
}
