package io.linli.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofMinutes(1));

  @Test
  void each_retry_waits_twice_as_long_as_the_one_before() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  void no_wait_is_longer_than_an_hour() {
    assertThat(backoff.after(7)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void after_the_last_attempt_it_is_given_up() {
    assertThat(backoff.after(Backoff.MAX_ATTEMPTS)).isNull();
  }
}
