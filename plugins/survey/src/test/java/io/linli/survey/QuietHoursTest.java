package io.linli.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(CHINA).toInstant();
  }

  @Test
  void a_survey_asked_for_in_the_day_opens_at_once() {
    assertThat(QuietHours.next(at("2026-11-23T15:30"), CHINA)).isEqualTo(at("2026-11-23T15:30"));
  }

  @Test
  void a_survey_asked_for_late_in_the_evening_waits_for_the_next_morning() {
    assertThat(QuietHours.next(at("2026-11-23T22:00"), CHINA)).isEqualTo(at("2026-11-24T08:00"));
  }

  @Test
  void a_survey_asked_for_before_dawn_waits_for_eight() {
    assertThat(QuietHours.next(at("2026-11-24T05:10"), CHINA)).isEqualTo(at("2026-11-24T08:00"));
  }
}
