package io.linli.ticket;

/**
 * Someone else changed the ticket after the person looked at it: acting on what they saw could overwrite that
 * change unseen, so they look again first.
 */
public class TicketChangedMeanwhile extends IllegalTicketTransition {

  public TicketChangedMeanwhile(Ticket ticket, TicketAction action) {
    super(ticket.status(), action, "someone else changed it first (it is now version " + ticket.version() + ")");
  }
}
