package io.linli.ticket;

import java.util.EnumSet;
import java.util.Set;

/** Where a ticket stands in the closed loop: received → dispatched → in progress (⇄ on hold) → resolved → closed. */
public enum TicketStatus {
  /** 已受理: filed, waiting to be classified and dispatched. */
  RECEIVED,
  /** 已派单: someone is to handle it. */
  DISPATCHED,
  /** 处理中. */
  IN_PROGRESS,
  /** 挂起: waiting for the owner, parts or a third party; the resolution clock stops. */
  ON_HOLD,
  /** 已解决: handled and fed back to the owner; waiting for a return visit, rating or closing. */
  RESOLVED,
  /** 已关闭. */
  CLOSED;

  /** The statuses in which the owner is still waiting. */
  public static final Set<TicketStatus> OPEN = EnumSet.of(RECEIVED, DISPATCHED, IN_PROGRESS, ON_HOLD);

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
