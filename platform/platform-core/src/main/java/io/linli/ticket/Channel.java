package io.linli.ticket;

/** How a request reached the company, or how staff answered. */
public enum Channel {
  PORTAL,
  APP,
  PHONE,
  VISIT,
  WECHAT,
  EMAIL,
  /** Done by the platform itself: clocks, escalations. */
  SYSTEM
}
