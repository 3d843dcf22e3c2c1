package io.linli.sla;

/** How a clock stands, so a work list can show what needs attention before it is too late. */
public enum SlaState {
  /** Less than 75 % of the allowed time used. */
  GREEN,
  /** From 75 % of the allowed time used: warn before the deadline. */
  YELLOW,
  /** The deadline is reached or passed: breached. */
  RED
}
