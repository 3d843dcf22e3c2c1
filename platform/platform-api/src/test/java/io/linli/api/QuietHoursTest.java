package io.linli.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(CHINA).toInstant();
  }

  @Test
  void a_message_in_the_day_goes_at_once() {
    assertThat(QuietHours.DEFAULT.next(at("2026-11-23T15:30"), CHINA)).isEqualTo(at("2026-11-23T15:30"));
  }

  @Test
  void a_message_late_in_the_evening_waits_for_the_next_morning() {
    assertThat(QuietHours.DEFAULT.next(at("2026-11-23T22:00"), CHINA)).isEqualTo(at("2026-11-24T08:00"));
  }

  @Test
  void a_message_before_dawn_waits_for_eight() {
    assertThat(QuietHours.DEFAULT.next(at("2026-11-24T05:10"), CHINA)).isEqualTo(at("2026-11-24T08:00"));
  }

  @Test
  void quiet_hours_within_one_day_hold_a_message_until_they_end() {
    QuietHours nap = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
    assertThat(nap.next(at("2026-11-24T12:30"), CHINA)).isEqualTo(at("2026-11-24T14:00"));
    assertThat(nap.next(at("2026-11-24T14:00"), CHINA)).isEqualTo(at("2026-11-24T14:00"));
  }

  @Test
  void equal_start_and_end_mean_no_quiet_hours() {
    QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    assertThat(none.next(at("2026-11-24T03:00"), CHINA)).isEqualTo(at("2026-11-24T03:00"));
  }
}
