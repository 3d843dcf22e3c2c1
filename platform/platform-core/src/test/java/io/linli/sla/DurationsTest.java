package io.linli.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void minutes_hours_and_days_are_read_as_written() {
    assertThat(Durations.parse("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(Durations.parse(" 2h ")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("3d")).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void zero_negative_unitless_and_empty_texts_are_refused() {
    for (String text : new String[] {"0m", "-5m", "30", "", "2 hours"}) {
      assertThatThrownBy(() -> Durations.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void a_duration_is_written_in_its_largest_whole_unit() {
    assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("90m");
    assertThat(Durations.format(Duration.ofHours(24))).isEqualTo("1d");
    assertThat(Durations.format(Duration.ofMinutes(120))).isEqualTo("2h");
  }
}
