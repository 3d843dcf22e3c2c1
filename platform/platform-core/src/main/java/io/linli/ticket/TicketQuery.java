package io.linli.ticket;

import java.time.Instant;

/**
 * A page of a queue: optional filters, newest first, continuing below {@code before} (the last id of the previous
 * page) so that paging stays cheap however many tickets there are.
 */
public record TicketQuery(Filter filter, Long before, int limit, Instant now) {

  public static final int MAX_LIMIT = 100;

  /**
   * Which tickets: each field that is set (or true) narrows the queue; the dashboard's figures link to the tickets
   * behind them through these.
   *
   * @param openOnly the owner is still waiting ({@link TicketStatus#OPEN})
   * @param overdueOnly a clock is running past its deadline now
   * @param breachedOnly a clock missed its deadline, whenever
   * @param lowRatedOnly rated 1 or 2 stars
   * @param receivedFrom and {@code receivedBefore}: filed in this span
   */
  public record Filter(String category, String channel, TicketStatus status, boolean openOnly, Long regionId,
      Long projectId, Long buildingId, boolean overdueOnly, boolean breachedOnly, boolean repeatOnly,
      boolean lowRatedOnly, Instant receivedFrom, Instant receivedBefore) {

    public static final Filter NONE = new Filter(null, null, null, false, null, null, null, false, false, false,
        false, null, null);

    /** This filter with the queue's own three (category, status, overdue) as given. */
    public Filter with(String category, TicketStatus status, boolean overdueOnly) {
      return new Filter(category, channel, status, openOnly, regionId, projectId, buildingId, overdueOnly,
          breachedOnly, repeatOnly, lowRatedOnly, receivedFrom, receivedBefore);
    }
  }

  public TicketQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " tickets");
    }
  }

  /** The first page, unfiltered. */
  public static TicketQuery firstPage(int limit, Instant now) {
    return new TicketQuery(Filter.NONE, null, limit, now);
  }
}
