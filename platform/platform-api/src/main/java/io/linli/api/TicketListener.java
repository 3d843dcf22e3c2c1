package io.linli.api;

import org.pf4j.ExtensionPoint;

/**
 * Told of what happens to the tenant's tickets, after it has been stored. Called only for tenants that enabled the
 * plugin, one call at a time per event; an exception or a call running past a few seconds is logged and counted
 * against the plugin and never undoes the ticket's change (after repeated failures the plugin is suspended for that
 * tenant).
 */
public interface TicketListener extends ExtensionPoint {

  /** A ticket was filed, by an owner or by staff for one. */
  default void ticketFiled(TicketSummary ticket) {}

  /**
   * The owner is to be asked how the service was: a resolved ticket, three days on, once per ticket, unless they
   * rated it already.
   */
  default void satisfactionRequested(SatisfactionRequest request) {}
}
