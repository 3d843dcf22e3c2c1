package io.linli.dashboard;

import java.util.OptionalDouble;

/** A share of a whole, kept as both counts so that an empty whole reads "no figure", never 0 % or a division error. */
public record Ratio(long part, long whole) {

  public static final Ratio NONE = new Ratio(0, 0);

  public Ratio {
    if (part < 0 || whole < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }

  /** @return the share between 0 and 1, empty when there is nothing to share */
  public OptionalDouble share() {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }

  public Ratio plus(Ratio other) {
    return new Ratio(part + other.part, whole + other.whole);
  }
}
