package io.linli.alert;

/** Only a company's admin changes its alert limits. */
public class AlertRulesForbidden extends RuntimeException {
  public AlertRulesForbidden() {
    super("only the tenant's admin changes the alert rules");
  }
}
