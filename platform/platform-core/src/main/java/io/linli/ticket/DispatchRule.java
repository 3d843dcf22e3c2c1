package io.linli.ticket;

import io.linli.people.Skill;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A tenant's choice of how one category's tickets are dispatched. */
@Entity
@Table(name = "dispatch_rule")
public class DispatchRule extends TenantOwned {

  @Column(name = "category", length = 32, nullable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", length = 12, nullable = false)
  private DispatchMode mode;

  /** For ROUND_ROBIN: only technicians with this skill; null for all. */
  @Enumerated(EnumType.STRING)
  @Column(name = "skill", length = 12)
  private Skill skill;

  protected DispatchRule() {}

  public DispatchRule(String category, DispatchMode mode, Skill skill) {
    this.category = category;
    set(mode, skill);
  }

  public void set(DispatchMode mode, Skill skill) {
    this.mode = mode;
    this.skill = skill;
  }

  public String category() {
    return category;
  }

  public DispatchMode mode() {
    return mode;
  }

  public Skill skill() {
    return skill;
  }
}
