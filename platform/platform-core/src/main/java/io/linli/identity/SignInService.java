package io.linli.identity;

import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.audit.AuditActor;
import io.linli.audit.AuditLog;
import io.linli.people.CommitteeSeat;
import io.linli.people.Password;
import io.linli.people.PeopleRepository;
import io.linli.people.Resident;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantEntityManager;
import io.linli.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies credentials of staff, residents and operators. A wrong tenant, name or password all fail the same way
 * and take the same time; repeated failures are throttled per account and per client address.
 */
@ApplicationScoped
public class SignInService {

  private static final char[] DECOY_PASSWORD = "decoy".toCharArray();

  @Inject TenantRepository tenants;
  @Inject PeopleRepository people;
  @Inject TenantEntityManager entityManagers;
  @Inject AuditLog audit;

  private final PasswordHashing hashing = new PasswordHashing();
  private final SignInThrottle throttle = new SignInThrottle();
  /** Verified against when there is no account, so that unknown names cost as much time as known ones. */
  private final String decoyHash = hashing.hash(DECOY_PASSWORD);

  /**
   * @param clientAddress where the attempt comes from, for throttling
   * @throws SignInRefused when the credentials are wrong or too many attempts failed
   */
  @Transactional
  public SignedInUser signIn(Credentials credentials, String clientAddress) {
    SignedInUser user = verify(credentials, clientAddress).user();
    inTenantOf(user.tenant(), () -> audit.recordAs(user.auditActor(), "sign-in", "account", user.accountId(), null));
    return user;
  }

  /**
   * Replaces the person's password, once the current one is given; every token and session of the account,
   * this one's included, stops working.
   *
   * @return the person signed in under the new password, for a new token
   * @throws SignInRefused when the current password is wrong or too many attempts failed
   * @throws IllegalArgumentException naming {@code newPassword} when it is too weak
   */
  @Transactional
  public SignedInUser changePassword(SignedInUser user, char[] currentPassword, char[] newPassword,
      String clientAddress) {
    PasswordPolicy.check(user.username(), currentPassword, newPassword); // before a wrong password is counted
    Account account =
        verify(new Credentials(user.kind(), user.tenant(), user.username(), currentPassword), clientAddress);
    account.password().change(hashing.hash(newPassword));
    inTenantOf(user.tenant(), () -> audit.record("password.change", "account", user.accountId(), null));
    return account.user().withCredentialVersion(account.password().version());
  }

  /** @return whether the person's sign-in still holds: the account exists and its password has not changed since */
  @Transactional
  public boolean stillSignedIn(SignedInUser user) {
    Optional<Password> password;
    if (user.kind() == AccountKind.OPERATOR) {
      password = Optional.ofNullable(entityManagers.platform().find(OperatorAccount.class, user.accountId()))
          .map(OperatorAccount::password);
    } else {
      try (var scope = TenantContext.open(user.tenant())) {
        password = user.kind() == AccountKind.STAFF
            ? people.staff(user.accountId()).map(StaffMember::password)
            : people.resident(user.accountId()).map(Resident::password);
      }
    }
    return password.filter(p -> p.version() == user.credentialVersion()).isPresent();
  }

  private Account verify(Credentials credentials, String clientAddress) {
    String accountKey = accountKey(credentials.kind(), credentials.tenant(), credentials.username());
    Optional<Account> account = find(credentials);
    var wait = throttle.waitBefore(accountKey, clientAddress);
    if (!wait.isZero()) {
      refused(credentials, account, "sign-in.throttled");
      throw SignInRefused.throttled(wait);
    }
    boolean matches =
        hashing.verify(credentials.password(), account.map(a -> a.password().hash()).orElse(decoyHash));
    if (account.isEmpty() || !matches) {
      throttle.failed(accountKey, clientAddress);
      refused(credentials, account, "sign-in.refused");
      throw SignInRefused.badCredentials();
    }
    throttle.succeeded(accountKey);
    return account.get();
  }

  private void refused(Credentials credentials, Optional<Account> account, String action) {
    if (credentials.tenant() == null || tenants.find(credentials.tenant()).isEmpty()) {
      return; // the operator's, or a company that does not exist: no tenant's log to write to
    }
    AuditActor actor = account.map(a -> a.user().auditActor())
        .orElse(new AuditActor(credentials.kind().name(), null, credentials.username()));
    inTenantOf(credentials.tenant(),
        () -> audit.recordRefusal(actor, action, "account", actor.id(), "用户名 " + credentials.username()));
  }

  private static void inTenantOf(TenantId tenant, Runnable recording) {
    if (tenant != null) {
      try (var scope = TenantContext.open(tenant)) {
        recording.run();
      }
    }
  }

  private static String accountKey(AccountKind kind, TenantId tenant, String username) {
    return kind + "/" + tenant + "/" + username;
  }

  private Optional<Account> find(Credentials credentials) {
    if (credentials.kind() == AccountKind.OPERATOR) {
      return entityManagers.platform()
          .createQuery("select o from OperatorAccount o where o.username = :u", OperatorAccount.class)
          .setParameter("u", credentials.username())
          .getResultStream()
          .findFirst()
          .map(o -> new Account(o.password(), new SignedInUser(AccountKind.OPERATOR, null, o.id(), o.username(),
              o.displayName(), Set.of(Role.OPERATOR), o.password().version())));
    }
    TenantId tenant = credentials.tenant();
    if (tenant == null || tenants.find(tenant).isEmpty()) {
      return Optional.empty();
    }
    try (var scope = TenantContext.open(tenant)) {
      return credentials.kind() == AccountKind.STAFF
          ? people.staffByUsername(credentials.username()).map(s -> staffAccount(tenant, s))
          : people.residentByPhone(credentials.username()).map(r -> residentAccount(tenant, r));
    }
  }

  private Account staffAccount(TenantId tenant, StaffMember staff) {
    return new Account(staff.password(), new SignedInUser(AccountKind.STAFF, tenant, staff.id(), staff.username(),
        staff.displayName(), Set.of(staff.role()), staff.password().version()));
  }

  private Account residentAccount(TenantId tenant, Resident resident) {
    Set<Role> roles = EnumSet.of(Role.RESIDENT);
    for (CommitteeSeat seat : people.seatsOf(resident)) {
      roles.add(seat.committee().role());
    }
    return new Account(resident.password(), new SignedInUser(AccountKind.RESIDENT, tenant, resident.id(),
        resident.phone(), resident.name(), roles, resident.password().version()));
  }

  private record Account(Password password, SignedInUser user) {}
}
