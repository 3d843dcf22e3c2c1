package io.linli.identity;

import io.linli.api.Caller;
import io.linli.audit.AuditActor;
import io.linli.api.Role;
import io.linli.api.TenantId;
import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * A person whose credentials or token were verified. The tenant here, never a field of a request, is what every
 * tenant-owned query is scoped to; it is null only for the operator.
 *
 * @param credentialVersion how many times the account's password had changed when it signed in; once it changes
 *     again, this sign-in is over
 */
public record SignedInUser(AccountKind kind, TenantId tenant, long accountId, String username, String displayName,
    Set<Role> roles, int credentialVersion) implements Principal {

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

  /** @return the same person, signed in under the password's {@code version}-th change */
  public SignedInUser withCredentialVersion(int version) {
    return new SignedInUser(kind, tenant, accountId, username, displayName, roles, version);
  }

  /** @return the person as the audit log names them */
  public AuditActor auditActor() {
    return new AuditActor(kind.name(), accountId, displayName);
  }

  public boolean isStaff() {
    return kind == AccountKind.STAFF;
  }
}
