package io.linli.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final ManualTime time = new ManualTime();
  private final SignInThrottle throttle = new SignInThrottle(time);

  @Test
  void an_account_may_fail_five_times_before_it_must_wait() {
    fail("huayuan/admin", "10.0.0.1", SignInThrottle.ACCOUNT_FAILURES - 1);
    assertThat(throttle.waitBefore("huayuan/admin", "10.0.0.1")).isZero();

    fail("huayuan/admin", "10.0.0.1", 1);
    assertThat(throttle.waitBefore("huayuan/admin", "10.0.0.1")).isPositive();
  }

  @Test
  void a_throttled_account_may_try_again_after_the_refill_period() {
    fail("huayuan/admin", "10.0.0.1", SignInThrottle.ACCOUNT_FAILURES);
    time.advance(SignInThrottle.REFILL);
    assertThat(throttle.waitBefore("huayuan/admin", "10.0.0.1")).isZero();
  }

  @Test
  void failures_against_one_account_do_not_throttle_another_from_elsewhere() {
    fail("huayuan/admin", "10.0.0.1", SignInThrottle.ACCOUNT_FAILURES);
    assertThat(throttle.waitBefore("lanting/admin", "10.0.0.2")).isZero();
  }

  @Test
  void one_address_guessing_many_accounts_is_throttled_too() {
    for (int i = 0; i < SignInThrottle.CLIENT_FAILURES; i++) {
      fail("huayuan/user" + i, "10.0.0.9", 1);
    }
    assertThat(throttle.waitBefore("huayuan/someone-new", "10.0.0.9")).isPositive();
  }

  @Test
  void a_successful_sign_in_forgets_the_accounts_failures() {
    fail("huayuan/admin", "10.0.0.1", SignInThrottle.ACCOUNT_FAILURES - 1);
    throttle.succeeded("huayuan/admin");
    fail("huayuan/admin", "10.0.0.1", SignInThrottle.ACCOUNT_FAILURES - 1);
    assertThat(throttle.waitBefore("huayuan/admin", "10.0.0.1")).isZero();
  }

  private void fail(String account, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, address);
    }
  }

  private static final class ManualTime implements TimeMeter {
    private long nanos;

    void advance(Duration duration) {
      nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }
}
