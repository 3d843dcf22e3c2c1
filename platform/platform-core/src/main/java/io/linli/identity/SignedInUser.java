package io.linli.identity;

import io.linli.api.Caller;
import io.linli.api.Role;
import io.linli.api.TenantId;
import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * A person whose credentials or token were verified. The tenant here, never a field of a request, is what every
 * tenant-owned query is scoped to; it is null only for the operator.
 */
public record SignedInUser(
    AccountKind kind, TenantId tenant, long accountId, String username, String displayName, Set<Role> roles)
    implements Principal {

  public SignedInUser {
    Objects.requireNonNull(kind);
    roles = Set.copyOf(roles);
    if ((tenant == null) != (kind == AccountKind.OPERATOR)) {
      throw new IllegalArgumentException("only the operator signs in without a tenant");
    }
  }

  @Override
  public String getName() {
    return username;
  }

  /** @return the person as a plugin sees them */
  public Caller caller() {
    return new Caller(accountId, displayName, roles);
  }

  public boolean isStaff() {
    return kind == AccountKind.STAFF;
  }
}
