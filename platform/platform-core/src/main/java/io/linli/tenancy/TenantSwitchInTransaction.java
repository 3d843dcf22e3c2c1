package io.linli.tenancy;

/** Code tried to use one transaction for two tenants: a programming error that could mix their data. */
public class TenantSwitchInTransaction extends IllegalStateException {
  public TenantSwitchInTransaction(String bound, String requested) {
    super("this transaction serves tenant " + bound + "; " + requested + " needs a transaction of its own");
  }
}
