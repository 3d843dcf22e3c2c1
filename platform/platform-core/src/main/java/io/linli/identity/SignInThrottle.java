package io.linli.identity;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: each account name and each client address may fail {@value #ALLOWED_FAILURES}
 * times, then one more attempt per {@link #REFILL} period. Kept in memory of one node: a cluster multiplies the
 * allowance by its node count, which still stops online guessing.
 */
public class SignInThrottle {

  static final int ALLOWED_FAILURES = 5;
  static final Duration REFILL = Duration.ofMinutes(1);
  private static final int MAX_TRACKED_KEYS = 100_000;

  private final Map<String, Bucket> failures = new ConcurrentHashMap<>();
  private final TimeMeter time;

  public SignInThrottle() {
    this(TimeMeter.SYSTEM_MILLISECONDS);
  }

  SignInThrottle(TimeMeter time) {
    this.time = time;
  }

  /** @return how long the caller must wait before trying any of {@code keys} again; zero if it may try now */
  public Duration waitBefore(String... keys) {
    long nanos = 0;
    for (String key : keys) {
      Bucket bucket = failures.get(key);
      if (bucket != null) {
        nanos = Math.max(nanos, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
      }
    }
    return Duration.ofNanos(nanos);
  }

  /** Counts one failed attempt against each of {@code keys}. */
  public void failed(String... keys) {
    if (failures.size() > MAX_TRACKED_KEYS) {
      failures.clear(); // a flood of distinct keys must not exhaust memory; the allowance restarts
    }
    for (String key : keys) {
      failures.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
    }
  }

  /** Forgets the failures of an account that signed in successfully. */
  public void succeeded(String accountKey) {
    failures.remove(accountKey);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(ALLOWED_FAILURES).refillGreedy(1, REFILL).build())
        .withCustomTimePrecision(time)
        .build();
  }
}
