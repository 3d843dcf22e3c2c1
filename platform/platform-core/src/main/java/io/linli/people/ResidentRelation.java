package io.linli.people;

/** How a resident relates to their household. */
public enum ResidentRelation {
  /** 业主: owns the unit and holds its ballot. */
  OWNER,
  /** 家庭成员. */
  FAMILY,
  /** 租户: lives there under a lease. */
  OCCUPANT,
  /** 居委会工作人员: no household of their own in the project. */
  COMMUNITY_WORKER
}
