package io.linli.people;

import io.linli.api.Role;
import io.linli.api.StaffSummary;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** An employee of the property company with one staff role. */
@Entity
@Table(name = "staff_member")
public class StaffMember extends TenantOwned {

  @Column(name = "username", length = 40, nullable = false)
  private String username;

  @Column(name = "display_name", length = 60, nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 32, nullable = false)
  private Role role;

  @Column(name = "phone", length = 20)
  private String phone;

  /** Where notifications go by e-mail; none when empty. */
  @Column(name = "email", length = 120)
  private String email;

  @Convert(converter = SkillsConverter.class)
  @Column(name = "skills", length = 200)
  private Set<Skill> skills = EnumSet.noneOf(Skill.class);

  @Embedded
  private Password password;

  protected StaffMember() {}

  public StaffMember(String username, String displayName, Role role, String passwordHash) {
    this.username = Objects.requireNonNull(username);
    this.password = new Password(passwordHash);
    redefine(displayName, role, null, Set.of());
  }

  /** Takes the name, role, phone and skills the company's records now give. */
  public void redefine(String displayName, Role role, String phone, Set<Skill> skills) {
    if (!role.isStaff()) {
      throw new IllegalArgumentException(role + " is not a staff role");
    }
    this.displayName = Objects.requireNonNull(displayName);
    this.role = role;
    this.phone = phone;
    this.skills = skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
  }

  public String username() {
    return username;
  }

  /** @return the staff member as plugins see them (skills in lower case, e.g. {@code electrical}) */
  public StaffSummary summary() {
    return new StaffSummary(id(), displayName, role,
        skills.stream().map(skill -> skill.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Set<Skill> skills() {
    return Set.copyOf(skills);
  }

  public Password password() {
    return password;
  }
}
