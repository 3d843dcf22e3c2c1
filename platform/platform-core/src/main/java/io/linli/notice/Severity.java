package io.linli.notice;

/** How much a notice matters to the households it is for. */
public enum Severity {
  NORMAL,
  IMPORTANT,
  /** Each household is asked to acknowledge it (已知晓); the sender follows the rate. */
  CRITICAL
}
