package io.linli.dashboard;

/**
 * Stopped response clocks of the area's tickets that took about the same time: the distribution the 90th
 * percentile is read from.
 *
 * @param upToMinutes the group's upper bound of time taken (see {@link ServiceFigures#bucketOf(long)})
 */
public record ClockTally(long upToMinutes, long clocks) {}
