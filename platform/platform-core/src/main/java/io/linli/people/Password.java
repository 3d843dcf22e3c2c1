package io.linli.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * An account's password, as its hash, and how many times it was changed: a token or session issued under an older
 * count no longer signs anyone in.
 */
@Embeddable
public class Password {

  @Column(name = "password_hash", length = 200, nullable = false)
  private String hash;

  @Column(name = "credential_version", nullable = false)
  private int version;

  protected Password() {}

  public Password(String hash) {
    this.hash = Objects.requireNonNull(hash);
  }

  public String hash() {
    return hash;
  }

  public int version() {
    return version;
  }

  /** Replaces the password; whatever was signed in with the old one stops working. */
  public void change(String newHash) {
    this.hash = Objects.requireNonNull(newHash);
    this.version++;
  }
}
