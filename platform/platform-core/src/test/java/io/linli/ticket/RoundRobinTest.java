package io.linli.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundRobinTest {

  @Test
  void someone_never_dispatched_to_goes_first() {
    Map<Long, Instant> last = Map.of(1L, Instant.parse("2026-11-23T01:00:00Z"));

    assertThat(RoundRobin.next(List.of(1L, 2L), last)).contains(2L);
  }

  @Test
  void work_goes_round_evenly() {
    List<Long> technicians = List.of(11L, 12L, 13L);
    Map<Long, Instant> last = new HashMap<>();
    Map<Long, Integer> given = new HashMap<>();
    Instant now = Instant.parse("2026-11-23T02:00:00Z");
    for (int i = 0; i < 9; i++) {
      long next = RoundRobin.next(technicians, last).orElseThrow();
      last.put(next, now.plusSeconds(i));
      given.merge(next, 1, Integer::sum);
    }

    assertThat(given).containsOnly(Map.entry(11L, 3), Map.entry(12L, 3), Map.entry(13L, 3));
  }

  @Test
  void nobody_to_choose_from_is_nobody() {
    assertThat(RoundRobin.next(List.of(), Map.of())).isEmpty();
  }
}
