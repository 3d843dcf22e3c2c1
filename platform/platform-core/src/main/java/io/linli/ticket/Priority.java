package io.linli.ticket;

/** How urgent a ticket is; policies may give higher priorities shorter clocks. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
