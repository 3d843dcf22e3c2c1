package io.linli.poll;

/** What the owners decide, which sets the default thresholds (Civil Code art. 278). */
public enum MatterKind {
  /** 一般事项: two thirds of the area and of the owners take part; more than half of those who did agree. */
  GENERAL(new Thresholds(new Fraction(2, 3), new Fraction(1, 2), true)),
  /** 重大事项 (筹集、使用维修资金, 改建、重建): the same participation; three quarters of those who did agree. */
  MAJOR(new Thresholds(new Fraction(2, 3), new Fraction(3, 4), false)),
  /** 意见征集: a consultation; no threshold, results only. */
  CONSULTATION(new Thresholds(Fraction.NONE, Fraction.NONE, false));

  private final Thresholds defaults;

  MatterKind(Thresholds defaults) {
    this.defaults = defaults;
  }

  public Thresholds defaults() {
    return defaults;
  }
}
