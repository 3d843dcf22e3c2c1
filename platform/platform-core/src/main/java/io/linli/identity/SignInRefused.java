package io.linli.identity;

import java.time.Duration;

/**
 * Sign-in did not succeed. The message never says which part was wrong (tenant, name or password), so that it
 * cannot be used to find accounts.
 */
public class SignInRefused extends RuntimeException {

  private final Duration retryAfter;

  private SignInRefused(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public static SignInRefused badCredentials() {
    return new SignInRefused("sign-in failed", Duration.ZERO);
  }

  public static SignInRefused throttled(Duration retryAfter) {
    return new SignInRefused("too many failed sign-ins", retryAfter);
  }

  /** @return zero for wrong credentials; how long to wait when sign-in is throttled */
  public Duration retryAfter() {
    return retryAfter;
  }

  public boolean isThrottled() {
    return !retryAfter.isZero();
  }
}
