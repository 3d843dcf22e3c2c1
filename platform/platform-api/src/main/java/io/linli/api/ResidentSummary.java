package io.linli.api;

/**
 * A resident as plugins see them.
 *
 * @param householdId null for a resident not yet linked to a household
 * @param relation {@code OWNER}, {@code FAMILY} or {@code TENANT}
 */
public record ResidentSummary(long id, String name, Long householdId, String relation) {}
