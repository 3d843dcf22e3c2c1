package io.linli.identity;

import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.people.CommitteeSeat;
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
    String accountKey = credentials.kind() + "/" + credentials.tenant() + "/" + credentials.username();
    var wait = throttle.waitBefore(accountKey, clientAddress);
    if (!wait.isZero()) {
      throw SignInRefused.throttled(wait);
    }
    Optional<Account> account = find(credentials);
    boolean matches =
        hashing.verify(credentials.password(), account.map(Account::passwordHash).orElse(decoyHash));
    if (account.isEmpty() || !matches) {
      throttle.failed(accountKey, clientAddress);
      throw SignInRefused.badCredentials();
    }
    throttle.succeeded(accountKey);
    return account.get().user();
  }

  private Optional<Account> find(Credentials credentials) {
    if (credentials.kind() == AccountKind.OPERATOR) {
      return entityManagers.platform()
          .createQuery("select o from OperatorAccount o where o.username = :u", OperatorAccount.class)
          .setParameter("u", credentials.username())
          .getResultStream()
          .findFirst()
          .map(o -> new Account(o.passwordHash(), new SignedInUser(
              AccountKind.OPERATOR, null, o.id(), o.username(), o.displayName(), Set.of(Role.OPERATOR))));
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
    return new Account(staff.passwordHash(), new SignedInUser(
        AccountKind.STAFF, tenant, staff.id(), staff.username(), staff.displayName(), Set.of(staff.role())));
  }

  private Account residentAccount(TenantId tenant, Resident resident) {
    Set<Role> roles = EnumSet.of(Role.RESIDENT);
    for (CommitteeSeat seat : people.seatsOf(resident)) {
      roles.add(seat.committee().role());
    }
    return new Account(resident.passwordHash(), new SignedInUser(
        AccountKind.RESIDENT, tenant, resident.id(), resident.phone(), resident.name(), roles));
  }

  private record Account(String passwordHash, SignedInUser user) {}
}
