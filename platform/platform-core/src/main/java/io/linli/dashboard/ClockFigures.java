package io.linli.dashboard;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How one kind of clock went: average and 90th percentile of the time taken, and the share kept on time.
 *
 * @param p90Minutes at most this many minutes for nine in ten, to the precision of {@link ServiceFigures#bucketOf}
 */
public record ClockFigures(OptionalDouble averageMinutes, OptionalLong p90Minutes, Ratio onTime) {}
