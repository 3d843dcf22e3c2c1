package io.linli.ticket;

import io.linli.api.TenantId;

/**
 * Something happened to a ticket (filed, dispatched, started, resolved, commented, a photo …). A CDI event fired
 * in the change's transaction; observe it {@code during = AFTER_SUCCESS} to act only once the change is committed,
 * as the portal's live updates do.
 *
 * @param action the last step recorded by the change
 */
public record TicketChanged(TenantId tenant, long ticketId, TicketAction action) {}
