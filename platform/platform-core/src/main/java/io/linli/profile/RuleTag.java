package io.linli.profile;

/** The tags the platform sets and clears by rule (see {@link ProfileRules}); stored by name. */
public enum RuleTag {
  /** 常报修: many repairs lately. */
  FREQUENT_REPAIRER,
  /** 满意度低: the household's recent ratings are low. */
  LOW_SATISFACTION,
  /** 不活跃: no request, contact, vote or notice read for a long time. */
  INACTIVE,
  /** 流失风险: low ratings, repeat complaints and tickets left open add up. */
  CHURN_RISK
}
