package io.linli.poll;

import java.math.BigDecimal;

/**
 * What a poll needs: the share of the project's households and of its floor area that must take part, and the
 * share of the participating households and area an option needs to pass — more than it ({@code strict}, 过半数)
 * or at least it (≥ 3/4).
 */
public record Thresholds(Fraction participation, Fraction approval, boolean strict) {

  public Thresholds {
    if (participation == null || approval == null) {
      throw new IllegalArgumentException("participation: and approval: are required");
    }
  }

  /** @param text {@code >1/2} for more than half, {@code 3/4} for at least three quarters */
  public static Thresholds parse(String participation, String approval) {
    boolean strict = approval != null && approval.strip().startsWith(">");
    return new Thresholds(Fraction.parse("participation", participation),
        Fraction.parse("approval", strict ? approval.strip().substring(1) : approval), strict);
  }

  boolean approves(BigDecimal part, BigDecimal whole) {
    return strict ? approval.exceededBy(part, whole) : approval.reachedBy(part, whole);
  }

  /** @return the approval rule as the API writes it: {@code >1/2} or {@code 3/4} */
  public String approvalRule() {
    return (strict ? ">" : "") + approval;
  }
}
