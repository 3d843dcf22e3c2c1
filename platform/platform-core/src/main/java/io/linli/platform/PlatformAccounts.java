package io.linli.platform;

import io.linli.identity.OperatorAccount;
import io.linli.identity.PasswordHashing;
import io.linli.identity.PlatformSecret;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;

/** The platform's own rows: the first operator account and the token signing key. */
@ApplicationScoped
public class PlatformAccounts {

  static final String TOKEN_KEY = "token-signing-key";

  @Inject TenantEntityManager entityManagers;

  /** Creates the operator account on the first start; an existing one keeps its password. */
  @Transactional
  public void ensureOperator(String username, char[] password) {
    boolean exists = !entityManagers.platform()
        .createQuery("select o from OperatorAccount o where o.username = :u", OperatorAccount.class)
        .setParameter("u", username)
        .getResultList()
        .isEmpty();
    if (!exists) {
      entityManagers.platform().persist(
          new OperatorAccount(username, "Linli 运营", new PasswordHashing().hash(password)));
    }
  }

  /** Generates the key that signs bearer tokens on the first start; every node reads the same one. */
  @Transactional
  public void ensureTokenKey() {
    if (entityManagers.platform().find(PlatformSecret.class, TOKEN_KEY) == null) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      entityManagers.platform().persist(new PlatformSecret(TOKEN_KEY, key));
    }
  }

  @Transactional
  public byte[] tokenKey() {
    return entityManagers.platform().find(PlatformSecret.class, TOKEN_KEY).secret();
  }
}
