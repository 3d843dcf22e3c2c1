package io.linli.api;

import java.util.Optional;

/** The bound tenant's tickets, as a plugin sees them. */
public interface PluginTickets {

  /** @return the ticket, if it is the bound tenant's */
  Optional<TicketSummary> ticket(long id);

  /**
   * Adds a comment in the plugin's name to the ticket's timeline.
   *
   * @throws PermissionNotDeclared without {@link Permission#TICKETS_COMMENT}
   * @throws java.util.NoSuchElementException when the ticket is not the bound tenant's
   */
  void comment(long ticketId, String text);
}
