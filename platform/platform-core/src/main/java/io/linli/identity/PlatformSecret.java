package io.linli.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A random secret generated once and shared by every node through the database, such as the token key. */
@Entity
@Table(name = "platform_secret")
public class PlatformSecret {

  @Id
  @Column(name = "name", length = 40)
  private String name;

  @Column(name = "secret", length = 512, nullable = false)
  private byte[] secret;

  protected PlatformSecret() {}

  public PlatformSecret(String name, byte[] secret) {
    this.name = name;
    this.secret = secret.clone();
  }

  public byte[] secret() {
    return secret.clone();
  }
}
