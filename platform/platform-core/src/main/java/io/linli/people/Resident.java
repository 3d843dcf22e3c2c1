package io.linli.people;

import io.linli.community.Household;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * 业主/住户: a person who signs in to the owner portal with their mobile number. Usually lives in a household; a
 * residents'-committee member from the street office may have none.
 */
@Entity
@Table(name = "resident")
public class Resident extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "household_id")
  private Household household;

  @Column(name = "name", length = 60, nullable = false)
  private String name;

  @Column(name = "phone", length = 20, nullable = false)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "relation", length = 20, nullable = false)
  private ResidentRelation relation;

  @Embedded
  private Password password;

  protected Resident() {}

  public Resident(
      Household household, String name, String phone, ResidentRelation relation, String passwordHash) {
    this.household = household;
    this.name = Objects.requireNonNull(name);
    this.phone = Objects.requireNonNull(phone);
    this.relation = Objects.requireNonNull(relation);
    this.password = new Password(passwordHash);
  }

  public Household household() {
    return household;
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public ResidentRelation relation() {
    return relation;
  }

  public Password password() {
    return password;
  }

  /** The records now say this person lives in {@code household} as {@code relation}, under {@code name}. */
  public void moveTo(Household household, ResidentRelation relation, String name) {
    this.household = household;
    this.relation = relation;
    this.name = name;
  }
}
