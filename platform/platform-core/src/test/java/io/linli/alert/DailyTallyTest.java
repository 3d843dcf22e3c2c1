package io.linli.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DailyTallyTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** 2026-12-01 10:00 in Shanghai. */
  private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  @Test
  void a_late_evening_in_utc_counts_on_the_next_day_of_the_company() {
    var tally = new DailyTally(SHANGHAI, NOW);
    tally.complaint(7, Instant.parse("2026-11-30T17:00:00Z"));

    assertThat(tally.of(7).today().complaints()).isEqualTo(1);
    assertThat(tally.of(7).today().day()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void the_window_is_a_week_before_today_and_today() {
    var tally = new DailyTally(SHANGHAI, NOW);
    tally.breach(7, Instant.parse("2026-11-23T15:59:59Z"));
    tally.breach(7, Instant.parse("2026-11-23T16:00:00Z"));

    ProjectDays days = tally.of(7);
    assertThat(days.days()).hasSize(ProjectDays.WINDOW);
    assertThat(tally.since()).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
    assertThat(days.daysAgo(7).slaBreaches()).isEqualTo(1);
    assertThat(days.days()).extracting(DayFigures::slaBreaches).containsExactly(1, 0, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void answers_ratings_and_receipts_add_up_per_project_and_day() {
    var tally = new DailyTally(SHANGHAI, NOW);
    tally.response(7, NOW, Duration.ofHours(1));
    tally.response(7, NOW, Duration.ofHours(3));
    tally.rating(7, NOW, 2);
    tally.rating(7, NOW, 4);
    tally.receipts(7, NOW.minus(Duration.ofDays(1)), 50, 40);
    tally.complaint(8, NOW);

    DayFigures today = tally.of(7).today();
    assertThat(today.averageResponseHours()).hasValue(2.0);
    assertThat(today.ratings()).isEqualTo(2);
    assertThat(today.badRatings()).isEqualTo(1);
    assertThat(tally.of(7).daysAgo(1).receiptsDue()).isEqualTo(50);
    assertThat(today.complaints()).isZero();
    assertThat(tally.of(9).days()).allMatch(d -> d.equals(DayFigures.empty(d.day())));
  }
}
