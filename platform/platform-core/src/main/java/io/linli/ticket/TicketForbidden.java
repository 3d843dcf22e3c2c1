package io.linli.ticket;

/** The person may see the ticket but not do this to it (an owner dispatching, say). */
public class TicketForbidden extends RuntimeException {
  public TicketForbidden(TicketAction action) {
    super("you may not " + action.name().toLowerCase() + " this ticket");
  }
}
