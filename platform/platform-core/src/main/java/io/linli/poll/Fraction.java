package io.linli.poll;

import java.math.BigDecimal;

/** A threshold as an exact fraction, so that exactly two thirds is two thirds (basis points would round it). */
public record Fraction(int numerator, int denominator) {

  public static final Fraction NONE = new Fraction(0, 1);

  public Fraction {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("a threshold is a fraction from 0/1 to 1/1, not " + numerator + "/"
          + denominator);
    }
  }

  /** @param text as written in the API, e.g. {@code 2/3} */
  public static Fraction parse(String field, String text) {
    String[] parts = text == null ? new String[0] : text.strip().split("/");
    try {
      if (parts.length == 2) {
        return new Fraction(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
      }
    } catch (IllegalArgumentException e) {
      // reported below, naming the field
    }
    throw new IllegalArgumentException(field + ": must be a fraction such as 2/3, from 0/1 to 1/1");
  }

  /** @return whether {@code part} is at least this fraction of {@code whole}; never of nothing, unless 0 */
  public boolean reachedBy(BigDecimal part, BigDecimal whole) {
    if (numerator == 0) {
      return true;
    }
    return whole.signum() > 0
        && part.multiply(BigDecimal.valueOf(denominator)).compareTo(whole.multiply(BigDecimal.valueOf(numerator))) >= 0;
  }

  /** @return whether {@code part} is more than this fraction of {@code whole} */
  public boolean exceededBy(BigDecimal part, BigDecimal whole) {
    return whole.signum() > 0
        && part.multiply(BigDecimal.valueOf(denominator)).compareTo(whole.multiply(BigDecimal.valueOf(numerator))) > 0;
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
