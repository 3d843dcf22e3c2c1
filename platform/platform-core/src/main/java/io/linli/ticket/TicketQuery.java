package io.linli.ticket;

import java.time.Instant;

/**
 * A page of a queue: optional filters, newest first, continuing below {@code before} (the last id of the previous
 * page) so that paging stays cheap however many tickets there are.
 */
public record TicketQuery(String category, TicketStatus status, Long buildingId, boolean overdueOnly,
    Long before, int limit, Instant now) {

  public static final int MAX_LIMIT = 100;

  public TicketQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " tickets");
    }
  }
}
