package io.linli.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.linli.api.Role;
import io.linli.api.TenantId;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer tokens for the REST API: signed JWTs (HS256) whose claims carry the tenant, the account and its roles in
 * MicroProfile JWT's names ({@code upn}, {@code groups}), and the password's change count ({@code cv}) it was issued
 * under, so that changing the password revokes it. Every node of a cluster shares the signing key.
 */
public class AccessTokens {

  static final String ISSUER = "linli";
  public static final Duration LIFETIME = Duration.ofHours(8);

  private final byte[] key;
  private final Clock clock;

  public AccessTokens(byte[] key, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException("HS256 needs a key of at least 256 bits");
    }
    this.key = key.clone();
    this.clock = clock;
  }

  /** @return a signed token for {@code user}, valid for {@link #LIFETIME} */
  public String issue(SignedInUser user) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(user.kind().name() + ":" + user.accountId())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .claim("upn", user.username())
            .claim("name", user.displayName())
            .claim("tenant", user.tenant() == null ? null : user.tenant().value())
            .claim("groups", user.roles().stream().map(Role::name).sorted().toList())
            .claim("cv", user.credentialVersion())
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("signing a token", e);
    }
    return jwt.serialize();
  }

  /** @return the user a token was issued to, or empty if it is malformed, forged, expired or not ours */
  public Optional<SignedInUser> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expiry = claims.getExpirationTime();
      if (!ISSUER.equals(claims.getIssuer()) || expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
        return Optional.empty();
      }
      String[] subject = claims.getSubject().split(":");
      String tenant = claims.getStringClaim("tenant");
      Set<Role> roles = EnumSet.noneOf(Role.class);
      List<String> groups = claims.getStringListClaim("groups");
      if (groups != null) {
        groups.forEach(g -> roles.add(Role.valueOf(g)));
      }
      return Optional.of(
          new SignedInUser(
              AccountKind.valueOf(subject[0]),
              tenant == null ? null : TenantId.of(tenant),
              Long.parseLong(subject[1]),
              claims.getStringClaim("upn"),
              claims.getStringClaim("name"),
              roles,
              Optional.ofNullable(claims.getIntegerClaim("cv")).orElse(0)));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
