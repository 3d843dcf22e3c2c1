package io.linli.ticket;

import java.util.Set;

/**
 * Which tickets a person may see: a tenant admin all; directors, managers and agents their projects'; stewards their
 * buildings'; everyone the ones assigned to them; technicians also the grab pool of their projects; a resident their
 * household's.
 */
public record TicketVisibility(boolean all, Set<Long> projectIds, Set<Long> buildingIds, Long assigneeId,
    Long householdId, Set<Long> poolProjectIds) {

  public static TicketVisibility everything() {
    return new TicketVisibility(true, Set.of(), Set.of(), null, null, Set.of());
  }

  public static TicketVisibility household(long householdId) {
    return new TicketVisibility(false, Set.of(), Set.of(), null, householdId, Set.of());
  }

  public static TicketVisibility nothing() {
    return new TicketVisibility(false, Set.of(), Set.of(), null, null, Set.of());
  }

  /** @return whether staff with this visibility work in this place (and so may file for its households) */
  public boolean includesPlace(long projectId, long buildingId) {
    return all || projectIds.contains(projectId) || buildingIds.contains(buildingId);
  }

  /** @return whether the ticket is visible */
  public boolean includes(Ticket ticket) {
    return all
        || projectIds.contains(ticket.project().id())
        || buildingIds.contains(ticket.building().id())
        || (assigneeId != null && ticket.assignee() != null && assigneeId.equals(ticket.assignee().id()))
        || (householdId != null && householdId.equals(ticket.household().id()))
        || (ticket.isPooled() && ticket.assignee() == null && poolProjectIds.contains(ticket.project().id()));
  }
}
