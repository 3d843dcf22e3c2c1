package io.linli.poll;

/** What the count says. */
public enum Outcome {
  /** 通过. */
  PASSED,
  /** 未通过. */
  REJECTED,
  /** 参与不足: too few households or too little area took part for any decision. */
  TOO_FEW_TOOK_PART,
  /** 仅征集意见: a consultation decides nothing. */
  CONSULTATION_ONLY
}
