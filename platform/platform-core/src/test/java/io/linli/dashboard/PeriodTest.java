package io.linli.dashboard;

import static io.linli.dashboard.Tallies.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void a_period_runs_from_the_companys_midnight_to_the_midnight_after_its_last_day() {
    Period p = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), SHANGHAI);

    assertThat(p.start()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
    assertThat(p.end()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    assertThat(p.days()).hasSize(30);
  }

  @Test
  void the_last_30_days_include_today() {
    Period p = Period.last30Days(LocalDate.of(2026, 12, 1), SHANGHAI);

    assertThat(p.from()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(p.to()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void a_period_ending_before_it_begins_or_longer_than_a_year_is_refused_naming_the_field() {
    assertThatThrownBy(() -> new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1), SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to:");
    assertThatThrownBy(() -> new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2), SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("366");
    assertThatThrownBy(() -> new Period(null, LocalDate.of(2026, 1, 1), SHANGHAI))
        .hasMessageStartingWith("from:");
  }
}
