package io.linli.ticket;

import io.linli.api.TenantId;
import java.time.Instant;

/**
 * A resolved ticket's owner is to be asked how the service was: {@link Ticket#SATISFACTION_DELAY} after it, once per
 * ticket. Fired inside the transaction that records it on the timeline; observe it with
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act only once that is committed. The plugin host hands it on to
 * plugins, such as the surveys plugin's post-service survey.
 */
public record SatisfactionRequested(TenantId tenant, long ticketId, long householdId, Long reporterId,
    String category, Instant resolvedAt, Instant requestedAt) {}
