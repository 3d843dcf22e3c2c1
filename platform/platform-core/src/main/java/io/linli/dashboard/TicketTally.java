package io.linli.dashboard;

import java.time.LocalDate;

/**
 * The period's tickets of one place below the area, one category, one channel and one day, counted.
 *
 * @param resolved resolved or closed
 * @param resolvedAtFirstContact resolved by the person who first took the request, never handed on nor reopened
 * @param lowRated rated 1 or 2 stars (差评)
 * @param response and {@code resolution}, {@code onSite}, {@code returnVisit}: their clocks of each kind
 */
public record TicketTally(long placeId, String category, String channel, LocalDate day, long received,
    long resolved, long resolvedAtFirstContact, long rated, long ratingSum, long lowRated, long repeats,
    ClockCounts response, ClockCounts resolution, ClockCounts onSite, ClockCounts returnVisit) {

  /** @return the counts of one kind of clock */
  public ClockCounts clock(io.linli.sla.ClockKind kind) {
    return switch (kind) {
      case RESPONSE -> response;
      case RESOLUTION -> resolution;
      case ON_SITE -> onSite;
      case RETURN_VISIT -> returnVisit;
    };
  }
}
