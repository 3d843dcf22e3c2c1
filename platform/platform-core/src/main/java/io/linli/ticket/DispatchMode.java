package io.linli.ticket;

/** How a category's new tickets find their handler; staff may always dispatch by hand. */
public enum DispatchMode {
  /** An agent dispatches each ticket. */
  MANUAL,
  /** By rule: the steward who looks after the household's building. */
  STEWARD,
  /** In turn among the project's technicians (with the rule's skill, if it names one). */
  ROUND_ROBIN,
  /** 抢单: the ticket waits in a pool the project's technicians see, and the first to claim it takes it. */
  POOL
}
