package io.linli.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  /** Few iterations: the algorithm is the same, the test is fast. */
  private final PasswordHashing hashing = new PasswordHashing(1_000);

  @Test
  void the_right_password_matches_its_hash() {
    assertThat(hashing.verify("物业123abc".toCharArray(), hashing.hash("物业123abc".toCharArray()))).isTrue();
  }

  @Test
  void a_wrong_password_does_not_match() {
    assertThat(hashing.verify("linli124".toCharArray(), hashing.hash("linli123".toCharArray()))).isFalse();
  }

  @Test
  void the_same_password_hashes_differently_each_time_because_of_the_salt() {
    assertThat(hashing.hash("linli123".toCharArray())).isNotEqualTo(hashing.hash("linli123".toCharArray()));
  }

  @Test
  void hashes_use_jakarta_securitys_pbkdf2_storage_format_and_never_hold_the_password() {
    String hash = new PasswordHashing().hash("linli123".toCharArray());
    assertThat(hash).startsWith("PBKDF2WithHmacSHA256:" + PasswordHashing.ITERATIONS + ":").doesNotContain("linli123");
  }

  @Test
  void a_malformed_stored_hash_matches_nothing() {
    assertThat(hashing.verify("x".toCharArray(), "plaintext")).isFalse();
    assertThat(hashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:abc:!!:??")).isFalse();
    assertThat(hashing.verify("x".toCharArray(), null)).isFalse();
  }
}
