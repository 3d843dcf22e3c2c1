package io.linli.dashboard;

import io.linli.sla.ClockKind;

/**
 * The clocks of one kind, of the period's tickets in one place below the area, that are due for a verdict (stopped,
 * or breached while running), grouped by how long they took.
 *
 * @param upToMinutes the group's upper bound of time taken (see {@link ServiceFigures#bucketOf(long)}); 0 for clocks
 *     still running
 * @param seconds the time taken by the stopped ones, pauses left out
 * @param onTime stopped before their deadline
 */
public record ClockTally(long placeId, ClockKind kind, long upToMinutes, long clocks, long seconds, long onTime) {}
