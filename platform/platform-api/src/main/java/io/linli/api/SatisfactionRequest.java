package io.linli.api;

import java.time.Instant;

/**
 * The platform asks a ticket's owner how the service was.
 *
 * @param reporterId the resident who reported it, or null when staff filed it without one
 */
public record SatisfactionRequest(long ticketId, long householdId, Long reporterId, String category,
    Instant resolvedAt, Instant requestedAt) {}
