package io.linli.api;

import java.time.Instant;

/**
 * A ticket as plugins see it.
 *
 * @param category e.g. {@code repair}
 * @param id 0 for a ticket being filed (a {@link DispatchEligibility} may see it before it is stored)
 * @param status e.g. {@code RESOLVED}
 * @param project the project's (community's) name
 * @param rating the owner's 1–5, or null
 */
public record TicketSummary(long id, String category, String status, String title, long projectId, Label project,
    long buildingId,
    long householdId, Long reporterId, Instant createdAt, Instant resolvedAt, Integer rating) {}
