package io.linli.ticket;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Whose turn it is: the candidate dispatched to longest ago (never first), ties by id, so work goes round evenly. */
public final class RoundRobin {

  private RoundRobin() {}

  /**
   * @param candidates ids of the people who may take the ticket
   * @param lastDispatched when each of them was last given a ticket; absent for never
   */
  public static Optional<Long> next(List<Long> candidates, Map<Long, Instant> lastDispatched) {
    return candidates.stream().min(Comparator
        .comparing((Long id) -> lastDispatched.getOrDefault(id, Instant.MIN))
        .thenComparing(Comparator.naturalOrder()));
  }
}
