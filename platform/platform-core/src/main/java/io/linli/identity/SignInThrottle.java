package io.linli.identity;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: an account may fail {@value #ACCOUNT_FAILURES} times, a client address (perhaps a
 * whole office behind one router) {@value #CLIENT_FAILURES} times; then one more attempt per {@link #REFILL} period
 * for the account, ten for the address. Kept in memory of one node: a cluster multiplies the allowance by its node
 * count, which still stops online guessing.
 */
public class SignInThrottle {

  static final int ACCOUNT_FAILURES = 5;
  static final int CLIENT_FAILURES = 50;
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

  /** @return how long the caller must wait before trying the account again; zero if it may try now */
  public Duration waitBefore(String accountKey, String clientAddress) {
    return Duration.ofNanos(Math.max(nanosToWait(account(accountKey)), nanosToWait(client(clientAddress))));
  }

  /** Counts one failed attempt against the account and the client address. */
  public void failed(String accountKey, String clientAddress) {
    if (failures.size() > MAX_TRACKED_KEYS) {
      failures.clear(); // a flood of distinct keys must not exhaust memory; the allowance restarts
    }
    failures.computeIfAbsent(account(accountKey), k -> newBucket(ACCOUNT_FAILURES, 1)).tryConsume(1);
    failures.computeIfAbsent(client(clientAddress), k -> newBucket(CLIENT_FAILURES, 10)).tryConsume(1);
  }

  private long nanosToWait(String key) {
    Bucket bucket = failures.get(key);
    return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
  }

  private static String account(String key) {
    return "account/" + key;
  }

  private static String client(String address) {
    return "client/" + address;
  }

  /** Forgets the failures of an account that signed in successfully. */
  public void succeeded(String accountKey) {
    failures.remove(account(accountKey));
  }

  private Bucket newBucket(int capacity, int refillPerPeriod) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(refillPerPeriod, REFILL).build())
        .withCustomTimePrecision(time)
        .build();
  }
}
