package io.linli.ticket;

import java.time.Duration;
import java.time.Instant;

/**
 * When a household's request counts as a repeat complaint: the same category reported {@code threshold} times within
 * {@code window} (default 3 in 30 days; 000 §1.3.2 found 35 % of problems needed 3 or more complaints).
 */
public record RepeatRule(int threshold, Duration window) {

  public static RepeatRule defaults() {
    return new RepeatRule(3, Duration.ofDays(30));
  }

  public RepeatRule {
    if (threshold < 2 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a repeat needs at least 2 reports within a positive window");
    }
  }

  /** @return the start of the window that ends at {@code now} */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /** @param earlier how many requests of the category the household filed within the window before this one */
  public boolean isRepeat(long earlier) {
    return earlier + 1 >= threshold;
  }
}
