package io.linli.ticket;

/** Only a tenant's admin changes its time limits, calendar and escalation pace. */
public class SlaSettingsForbidden extends RuntimeException {
  public SlaSettingsForbidden() {
    super("only the tenant's admin changes the service-level settings");
  }
}
