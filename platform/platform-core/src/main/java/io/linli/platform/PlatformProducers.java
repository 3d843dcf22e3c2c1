package io.linli.platform;

import io.linli.identity.AccessTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock everything that depends on time is given, so tests can move it; and the token service. */
@ApplicationScoped
public class PlatformProducers {

  @Inject PlatformAccounts accounts;

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  @Produces
  @Singleton
  AccessTokens accessTokens(Clock clock) {
    return new AccessTokens(accounts.tokenKey(), clock);
  }
}
