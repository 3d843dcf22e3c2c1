package io.linli.ticket;

import static io.linli.ticket.TicketStatus.CLOSED;
import static io.linli.ticket.TicketStatus.DISPATCHED;
import static io.linli.ticket.TicketStatus.IN_PROGRESS;
import static io.linli.ticket.TicketStatus.ON_HOLD;
import static io.linli.ticket.TicketStatus.RECEIVED;
import static io.linli.ticket.TicketStatus.RESOLVED;

import java.util.EnumSet;
import java.util.Set;

/** What can happen to a ticket, and in which statuses it may. Every action becomes an event on the timeline. */
public enum TicketAction {
  FILE(EnumSet.noneOf(TicketStatus.class)),
  CLASSIFY(EnumSet.of(RECEIVED, DISPATCHED)),
  DISPATCH(EnumSet.of(RECEIVED, DISPATCHED, IN_PROGRESS)),
  /** The platform put the ticket in the grab pool. */
  POOL(EnumSet.of(RECEIVED)),
  /** 抢单: a technician took a pooled ticket. */
  CLAIM(EnumSet.of(RECEIVED)),
  START(EnumSet.of(DISPATCHED)),
  ARRIVE(EnumSet.of(IN_PROGRESS)),
  HOLD(EnumSet.of(IN_PROGRESS)),
  RESUME(EnumSet.of(ON_HOLD)),
  RESOLVE(EnumSet.of(IN_PROGRESS)),
  RETURN_VISIT(EnumSet.of(RESOLVED)),
  CLOSE(EnumSet.of(RESOLVED)),
  REOPEN(EnumSet.of(RESOLVED, CLOSED)),
  RATE(EnumSet.of(RESOLVED, CLOSED)),
  URGE(EnumSet.copyOf(TicketStatus.OPEN)),
  COMMENT(EnumSet.allOf(TicketStatus.class)),
  ATTACH(EnumSet.allOf(TicketStatus.class)),
  ESCALATE(EnumSet.copyOf(TicketStatus.OPEN)),
  WARN(EnumSet.copyOf(TicketStatus.OPEN)),
  /** The platform asked the owner how the service was, a few days after it (the "satisfaction requested" event). */
  ASK_RATING(EnumSet.of(RESOLVED, CLOSED));

  private final Set<TicketStatus> allowedIn;

  TicketAction(Set<TicketStatus> allowedIn) {
    this.allowedIn = allowedIn;
  }

  public boolean isAllowedIn(TicketStatus status) {
    return allowedIn.contains(status);
  }
}
