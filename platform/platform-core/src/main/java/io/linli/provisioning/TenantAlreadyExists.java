package io.linli.provisioning;

/** The operator asked for a new tenant under a slug another tenant has. */
public class TenantAlreadyExists extends RuntimeException {
  public TenantAlreadyExists(String slug) {
    super("a tenant '" + slug + "' already exists");
  }
}
