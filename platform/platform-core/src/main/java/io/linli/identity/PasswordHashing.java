package io.linli.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in Jakarta Security's {@code Pbkdf2PasswordHash} storage format
 * ({@code algorithm:iterations:salt:hash}, Base64), so a container identity store could verify them too.
 */
public final class PasswordHashing {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  static final int ITERATIONS = 600_000;

  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  public PasswordHashing() {
    this(ITERATIONS);
  }

  PasswordHashing(int iterations) {
    this.iterations = iterations;
  }

  /** @return a salted hash of {@code password} to store */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return format(iterations, salt, derive(password, salt, iterations, KEY_BITS));
  }

  /** @return whether {@code password} matches {@code stored}; false for a malformed stored value */
  public boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] actual = derive(password, salt, storedIterations, expected.length * 8);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
