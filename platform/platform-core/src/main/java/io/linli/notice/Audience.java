package io.linli.notice;

/** Whom a notice is for. */
public enum Audience {
  /** Every household of the company. */
  COMPANY,
  /** Every household of one project (小区). */
  PROJECT,
  /** Every household of one building. */
  BUILDING,
  /** The households the sender listed. */
  HOUSEHOLDS,
  /** The households a saved filter (客户分群) matched when the notice went out. */
  SEGMENT
}
