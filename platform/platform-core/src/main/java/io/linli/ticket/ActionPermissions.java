package io.linli.ticket;

import io.linli.api.Role;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what to a ticket they can see, on top of what its status allows: an owner may urge, rate, reopen and
 * comment; a technician works the tickets assigned to them (and may claim one from the grab pool) but dispatching,
 * return visits and closing are the office's; other staff may do everything the status allows.
 */
final class ActionPermissions {

  static final Set<TicketAction> OWNER =
      EnumSet.of(TicketAction.URGE, TicketAction.RATE, TicketAction.REOPEN, TicketAction.COMMENT);
  static final Set<TicketAction> TECHNICIAN_ON_ASSIGNED = EnumSet.of(TicketAction.START, TicketAction.ARRIVE,
      TicketAction.HOLD, TicketAction.RESUME, TicketAction.RESOLVE, TicketAction.COMMENT);

  private ActionPermissions() {}

  /** @param assignedToThem whether the ticket is assigned to the person asking */
  static boolean allows(SignedInUser user, TicketAction action, boolean assignedToThem) {
    if (user.kind() == AccountKind.RESIDENT) {
      return OWNER.contains(action);
    }
    if (user.roles().contains(Role.TECHNICIAN)) {
      return action == TicketAction.CLAIM || (assignedToThem && TECHNICIAN_ON_ASSIGNED.contains(action));
    }
    return true;
  }
}
