package io.linli.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.linli.api.Role;
import io.linli.api.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private static final byte[] KEY = key((byte) 1);
  private static final SignedInUser STEWARD = new SignedInUser(
      AccountKind.STAFF, TenantId.of("huayuan"), 42, "steward.xixi1", "卢嘉豪", Set.of(Role.BUILDING_STEWARD), 3);

  private final AccessTokens tokens = new AccessTokens(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void a_token_carries_the_tenant_account_roles_and_password_change_count() {
    assertThat(tokens.verify(tokens.issue(STEWARD))).contains(STEWARD);
  }

  @Test
  void an_operator_token_carries_no_tenant() {
    SignedInUser operator =
        new SignedInUser(AccountKind.OPERATOR, null, 1, "operator", "运营", Set.of(Role.OPERATOR), 0);
    assertThat(tokens.verify(tokens.issue(operator))).contains(operator);
  }

  @Test
  void a_token_whose_claims_were_edited_is_refused() {
    String[] parts = tokens.issue(STEWARD).split("\\.");
    String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("huayuan", "lanting").getBytes());
    assertThat(tokens.verify(parts[0] + "." + forgedClaims + "." + parts[2])).isEmpty();
  }

  @Test
  void a_token_signed_with_another_key_is_refused() {
    AccessTokens elsewhere = new AccessTokens(key((byte) 2), Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(tokens.verify(elsewhere.issue(STEWARD))).isEmpty();
  }

  @Test
  void an_expired_token_is_refused() {
    String token = tokens.issue(STEWARD);
    AccessTokens later = new AccessTokens(KEY, Clock.fixed(NOW.plus(AccessTokens.LIFETIME), ZoneOffset.UTC));
    assertThat(later.verify(token)).isEmpty();
  }

  @Test
  void garbage_is_refused() {
    assertThat(tokens.verify("not a token")).isEmpty();
  }

  private static byte[] key(byte fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, fill);
    return key;
  }
}
