package io.linli.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private static final Instant START = Instant.parse("2026-03-12T02:00:00Z");
  // 100 minutes allowed: 75 % is at minute 75
  private final SlaClock clock = SlaClock.start(ClockKind.RESOLUTION, START, minute(100));

  @Test
  void a_new_clock_is_green() {
    assertThat(clock.state(START)).isEqualTo(SlaState.GREEN);
    assertThat(clock.fractionUsed(START)).isZero();
  }

  @Test
  void a_clock_turns_yellow_at_exactly_75_percent() {
    assertThat(clock.state(minute(75).minusNanos(1))).isEqualTo(SlaState.GREEN);
    assertThat(clock.state(minute(75))).isEqualTo(SlaState.YELLOW);
    assertThat(clock.fractionUsed(minute(75))).isEqualTo(0.75);
  }

  @Test
  void a_clock_turns_red_at_its_due_time() {
    assertThat(clock.state(minute(100).minusNanos(1))).isEqualTo(SlaState.YELLOW);
    assertThat(clock.state(minute(100))).isEqualTo(SlaState.RED);
    assertThat(clock.breachedAt(minute(100))).isTrue();
  }

  @Test
  void a_late_clock_has_negative_time_remaining() {
    assertThat(clock.remaining(minute(90))).isEqualTo(Duration.ofMinutes(10));
    assertThat(clock.remaining(minute(110))).isEqualTo(Duration.ofMinutes(-10));
  }

  @Test
  void a_paused_clock_moves_its_deadline_by_the_pause() {
    SlaClock resumed = clock.pause(minute(10)).resume(minute(40));

    assertThat(resumed.dueAt()).isEqualTo(minute(130));
    assertThat(resumed.pausedTotal()).isEqualTo(Duration.ofMinutes(30));
    assertThat(resumed.allowed()).isEqualTo(Duration.ofMinutes(100));
  }

  @Test
  void time_on_hold_does_not_count_as_used() {
    SlaClock paused = clock.pause(minute(10));

    assertThat(paused.isPaused()).isTrue();
    assertThat(paused.fractionUsed(minute(500))).isEqualTo(0.1);
    assertThat(paused.state(minute(500))).isEqualTo(SlaState.GREEN);
  }

  @Test
  void pausing_twice_keeps_the_first_pause() {
    SlaClock paused = clock.pause(minute(10));

    assertThat(paused.pause(minute(20))).isEqualTo(paused);
    assertThat(paused.pausedSince()).contains(minute(10));
  }

  @Test
  void resuming_twice_counts_the_pause_once() {
    SlaClock resumed = clock.pause(minute(10)).resume(minute(40));

    assertThat(resumed.resume(minute(50))).isEqualTo(resumed);
    assertThat(resumed.isPaused()).isFalse();
  }

  @Test
  void resuming_a_running_clock_changes_nothing() {
    assertThat(clock.resume(minute(10))).isEqualTo(clock);
  }

  @Test
  void a_clock_cannot_resume_before_its_pause_began() {
    SlaClock paused = clock.pause(minute(10));

    assertThatThrownBy(() -> paused.resume(minute(5))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_stopped_clock_keeps_the_state_it_stopped_in() {
    SlaClock met = clock.stop(minute(80));

    assertThat(met.stoppedAt()).contains(minute(80));
    assertThat(met.state(minute(1000))).isEqualTo(SlaState.YELLOW);
    assertThat(met.breachedAt(minute(1000))).isFalse();
  }

  @Test
  void a_stopped_clock_ignores_pauses_and_later_stops() {
    SlaClock met = clock.stop(minute(80));

    assertThat(met.pause(minute(90))).isEqualTo(met);
    assertThat(met.stop(minute(95))).isEqualTo(met);
  }

  @Test
  void stopping_a_paused_clock_ends_the_pause() {
    SlaClock met = clock.pause(minute(10)).stop(minute(40));

    assertThat(met.isPaused()).isFalse();
    assertThat(met.pausedTotal()).isEqualTo(Duration.ofMinutes(30));
    assertThat(met.fractionUsed(minute(1000))).isEqualTo(0.1);
  }

  @Test
  void warn_at_is_the_75_percent_point() {
    assertThat(clock.warnAt()).isEqualTo(minute(75));
    assertThat(clock.state(clock.warnAt())).isEqualTo(SlaState.YELLOW);
  }

  @Test
  void warn_at_moves_with_a_pause() {
    SlaClock resumed = clock.pause(minute(10)).resume(minute(40));

    assertThat(resumed.warnAt()).isEqualTo(minute(105));
    assertThat(resumed.state(minute(105).minusNanos(1))).isEqualTo(SlaState.GREEN);
    assertThat(resumed.state(minute(105))).isEqualTo(SlaState.YELLOW);
  }

  @Test
  void warn_at_rounds_up_to_the_first_yellow_nanosecond() {
    SlaClock odd = SlaClock.start(ClockKind.RESPONSE, START, START.plusNanos(3));

    assertThat(odd.warnAt()).isEqualTo(START.plusNanos(3));
    assertThat(odd.state(START.plusNanos(2))).isEqualTo(SlaState.GREEN);
  }

  @Test
  void a_restored_clock_equals_the_one_stored() {
    SlaClock pausedAgain = clock.pause(minute(10)).resume(minute(40)).pause(minute(60));

    assertThat(restored(pausedAgain)).isEqualTo(pausedAgain);
    assertThat(restored(pausedAgain).resume(minute(70)).dueAt()).isEqualTo(minute(140));
  }

  @Test
  void a_restored_stopped_clock_equals_the_one_stored() {
    SlaClock met = clock.pause(minute(10)).resume(minute(40)).stop(minute(120));

    assertThat(restored(met)).isEqualTo(met);
    assertThat(restored(met).state(minute(1000))).isEqualTo(SlaState.YELLOW);
  }

  @Test
  void a_clock_must_allow_some_time() {
    assertThatThrownBy(() -> SlaClock.start(ClockKind.RESPONSE, START, START))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_stored_clock_cannot_be_both_paused_and_stopped() {
    assertThatThrownBy(() -> SlaClock.restore(
        ClockKind.RESPONSE, START, minute(100), Duration.ZERO, minute(10), minute(20)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static SlaClock restored(SlaClock stored) {
    return SlaClock.restore(stored.kind(), stored.startedAt(), stored.dueAt(), stored.pausedTotal(),
        stored.pausedSince().orElse(null), stored.stoppedAt().orElse(null));
  }

  private static Instant minute(long minutes) {
    return START.plus(Duration.ofMinutes(minutes));
  }
}
