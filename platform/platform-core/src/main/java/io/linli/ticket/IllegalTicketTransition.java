package io.linli.ticket;

/** An action the ticket's status does not allow, such as closing an unresolved ticket. */
public class IllegalTicketTransition extends RuntimeException {

  private final TicketStatus status;
  private final TicketAction action;

  public IllegalTicketTransition(TicketStatus status, TicketAction action, String why) {
    super("cannot " + action.name().toLowerCase() + " a ticket that is " + status.name().toLowerCase()
        + (why == null ? "" : ": " + why));
    this.status = status;
    this.action = action;
  }

  public TicketStatus status() {
    return status;
  }

  public TicketAction action() {
    return action;
  }
}
