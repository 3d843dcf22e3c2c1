package io.linli.identity;

import io.linli.people.Password;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  @Embedded
  private Password password;

  protected OperatorAccount() {}

  public OperatorAccount(String username, String displayName, String passwordHash) {
    this.username = username;
    this.displayName = displayName;
    this.password = new Password(passwordHash);
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

  public Password password() {
    return password;
  }
}
