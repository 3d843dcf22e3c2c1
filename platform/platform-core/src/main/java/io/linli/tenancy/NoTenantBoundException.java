package io.linli.tenancy;

/** Tenant-owned data was asked for on a thread with no tenant bound: a programming error, never a user's. */
public class NoTenantBoundException extends IllegalStateException {
  public NoTenantBoundException() {
    super("no tenant is bound to this thread");
  }
}
