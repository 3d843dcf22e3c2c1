package io.linli.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TicketTalliesTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);

  @Test
  void the_days_to_count_again_are_taken_as_runs_of_consecutive_days() {
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(FIRST);
    days.add(FIRST.plusDays(1));
    days.add(FIRST.plusDays(2));
    days.add(FIRST.plusDays(9));

    var runs = TicketTallies.runs(days);

    assertThat(runs).hasSize(2);
    assertThat(runs.get(0)).containsExactly(FIRST, FIRST.plusDays(2));
    assertThat(runs.get(1)).containsExactly(FIRST.plusDays(9), FIRST.plusDays(9));
  }

  @Test
  void no_changed_day_means_nothing_to_count() {
    assertThat(TicketTallies.runs(new TreeSet<>())).isEmpty();
  }
}
