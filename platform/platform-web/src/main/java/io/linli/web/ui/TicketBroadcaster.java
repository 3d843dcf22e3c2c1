package io.linli.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import io.linli.api.TenantId;
import io.linli.tenancy.TenantContext;
import io.linli.ticket.TicketChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes ticket changes to the open pages showing that ticket, once the change is committed. A page registers for
 * one ticket of its own tenant and unregisters when it is detached. The refresh runs outside any request, on a
 * managed thread, so the page's tenant is bound around it here; a page of another tenant is never told.
 */
@ApplicationScoped
public class TicketBroadcaster {

  private static final Logger LOG = Logger.getLogger(TicketBroadcaster.class.getName());

  /** A ticket of a tenant: ticket ids are unique across tenants, but the tenant keeps deliveries apart all the same. */
  private record Watched(TenantId tenant, long ticketId) {}

  private record Watcher(UI ui, Runnable refresh) {}

  private final Map<Watched, Set<Watcher>> watchers = new ConcurrentHashMap<>();

  @Resource ManagedExecutorService executor;

  /**
   * Calls {@code refresh} in {@code ui}, with the bound tenant, whenever the ticket changes.
   *
   * @return the registration to remove when the page goes away
   */
  public Registration register(UI ui, long ticketId, Runnable refresh) {
    Watched watched = new Watched(TenantContext.require(), ticketId);
    Watcher watcher = new Watcher(ui, refresh);
    watchers.computeIfAbsent(watched, w -> ConcurrentHashMap.newKeySet()).add(watcher);
    return () -> forget(watched, watcher);
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged event) {
    Watched watched = new Watched(event.tenant(), event.ticketId());
    for (Watcher watcher : watchers.getOrDefault(watched, Set.of())) {
      // not on the committing request's thread: the owner's page must not hold up the agent's click
      executor.execute(() -> push(watched, watcher));
    }
  }

  private void push(Watched watched, Watcher watcher) {
    try {
      watcher.ui().access(() -> {
        try (var scope = TenantContext.open(watched.tenant())) {
          watcher.refresh().run();
        }
      });
    } catch (UIDetachedException e) {
      forget(watched, watcher);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "pushing a change of ticket " + watched.ticketId() + " failed", e);
    }
  }

  private void forget(Watched watched, Watcher watcher) {
    watchers.computeIfPresent(watched, (w, set) -> {
      set.remove(watcher);
      return set.isEmpty() ? null : set;
    });
  }
}
