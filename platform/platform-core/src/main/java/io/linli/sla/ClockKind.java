package io.linli.sla;

/** The separate clocks of a ticket: each has its own deadline, and missing one does not stop the others. */
public enum ClockKind {
  /** 响应: someone has acknowledged the request. */
  RESPONSE,
  /** 到场: a technician is on site (emergencies). */
  ON_SITE,
  /** 解决: the request is resolved or clearly answered. */
  RESOLUTION,
  /** 回访: the resident is called back after a resolution (complaints). */
  RETURN_VISIT
}
