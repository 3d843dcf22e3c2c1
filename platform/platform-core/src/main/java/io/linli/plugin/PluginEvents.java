package io.linli.plugin;

import io.linli.api.NotificationChannel;
import io.linli.api.Permission;
import io.linli.api.SatisfactionRequest;
import io.linli.api.StaffMessage;
import io.linli.api.TicketListener;
import io.linli.notification.StaffNotified;
import io.linli.ticket.SatisfactionRequested;
import io.linli.ticket.TicketFiled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** The platform's ticket events and staff notifications, passed on to plugins once the change they tell of is committed. */
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

  /** Only plugins that declared (and were consented) {@code notifications.deliver} see the staff's notifications. */
  void staffNotified(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffNotified event) {
    StaffMessage message = new StaffMessage(event.recipient(), event.kind(), event.text(), event.link());
    calls.each(event.tenant(), NotificationChannel.class, Permission.NOTIFICATIONS_DELIVER,
        channel -> channel.deliver(message));
  }
}
