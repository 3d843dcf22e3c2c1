package io.linli.plugin;

import io.linli.api.SatisfactionRequest;
import io.linli.api.TicketListener;
import io.linli.ticket.SatisfactionRequested;
import io.linli.ticket.TicketFiled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** The platform's ticket events, passed on to plugins once the change they tell of is committed. */
@ApplicationScoped
public class PluginEvents {

  @Inject PluginCalls calls;

  void ticketFiled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketFiled event) {
    calls.each(event.tenant(), TicketListener.class, listener -> listener.ticketFiled(event.ticket()));
  }

  void satisfactionRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) SatisfactionRequested event) {
    SatisfactionRequest request = new SatisfactionRequest(event.ticketId(), event.householdId(), event.reporterId(),
        event.category(), event.resolvedAt(), event.requestedAt());
    calls.each(event.tenant(), TicketListener.class, listener -> listener.satisfactionRequested(request));
  }
}
