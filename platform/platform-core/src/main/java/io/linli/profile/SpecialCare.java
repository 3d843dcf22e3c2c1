package io.linli.profile;

/** 特殊关怀: what the company's staff should know when they call or visit the household. */
public enum SpecialCare {
  /** 独居老人 */
  ELDERLY_ALONE,
  /** 孕妇 */
  PREGNANT,
  /** 残障人士 */
  DISABLED
}
