package io.linli.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account of the SaaS operator: belongs to no tenant, provisions tenants. */
@Entity
@Table(name = "operator_account")
public class OperatorAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", length = 40, nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", length = 60, nullable = false)
  private String displayName;

  @Column(name = "password_hash", length = 200, nullable = false)
  private String passwordHash;

  protected OperatorAccount() {}

  public OperatorAccount(String username, String displayName, String passwordHash) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }
}
