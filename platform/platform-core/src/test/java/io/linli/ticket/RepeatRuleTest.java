package io.linli.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RepeatRuleTest {

  private final RepeatRule rule = RepeatRule.defaults();

  @Test
  void the_third_report_of_a_category_within_30_days_is_a_repeat() {
    assertThat(rule.isRepeat(1)).isFalse();
    assertThat(rule.isRepeat(2)).isTrue();
  }

  @Test
  void the_window_reaches_back_30_days() {
    Instant now = Instant.parse("2026-11-23T02:00:00Z");
    assertThat(rule.windowStart(now)).isEqualTo(now.minus(Duration.ofDays(30)));
  }

  @Test
  void a_repeat_needs_at_least_two_reports() {
    assertThatThrownBy(() -> new RepeatRule(1, Duration.ofDays(30))).isInstanceOf(IllegalArgumentException.class);
  }
}
