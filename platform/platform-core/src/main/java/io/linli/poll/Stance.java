package io.linli.poll;

/** What choosing an option says: for or against the motion, abstaining, or one of several alternatives. */
public enum Stance {
  /** 同意: the motion passes when this option reaches the approval threshold. */
  FOR,
  /** 反对. */
  AGAINST,
  /** 弃权: takes part, approves nothing. */
  ABSTAIN,
  /** One of several alternatives (方案一、方案二 …): the one that reaches the threshold passes. */
  CHOICE;

  boolean canPass() {
    return this == FOR || this == CHOICE;
  }
}
