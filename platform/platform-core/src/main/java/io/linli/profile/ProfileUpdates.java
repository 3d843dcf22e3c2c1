package io.linli.profile;

import io.linli.api.TenantId;
import io.linli.tenancy.TenantContext;
import io.linli.ticket.TicketAction;
import io.linli.ticket.TicketChanged;
import io.linli.ticket.TicketFiled;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recomputes a household's rule tags when one of its tickets is filed, reclassified, resolved, closed, reopened or
 * rated — once the change is committed, on a managed thread in a transaction of its own, so neither a failure here
 * nor the time it takes touches the change itself. The time-based tags follow from {@link ProfileSweep}.
 */
@ApplicationScoped
public class ProfileUpdates {

  private static final Logger LOG = Logger.getLogger(ProfileUpdates.class.getName());
  /** What changes a household's figures after filing (told by {@link TicketFiled}: a filing may end in a dispatch). */
  static final Set<TicketAction> RELEVANT = EnumSet.of(TicketAction.CLASSIFY, TicketAction.RESOLVE,
      TicketAction.CLOSE, TicketAction.REOPEN, TicketAction.RATE);

  @Resource ManagedExecutorService executor;
  @Inject ProfileService profiles;

  void ticketFiled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketFiled event) {
    recompute(event.tenant(), event.ticket().id());
  }

  void ticketChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged event) {
    if (RELEVANT.contains(event.action())) {
      recompute(event.tenant(), event.ticketId());
    }
  }

  private void recompute(TenantId tenant, long ticketId) {
    executor.execute(() -> {
      try (var scope = TenantContext.open(tenant)) {
        profiles.recomputeForTicket(ticketId);
      } catch (RuntimeException e) {
        // e.g. two changes of one household at once: the other's recomputation stands
        LOG.log(Level.WARNING, "recomputing the tags after ticket " + ticketId + " failed", e);
      }
    });
  }
}
