package io.linli.profile;

import io.linli.community.Household;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tag a household carries now: a {@link RuleTag}'s name set by the rules, or a staff member's own word. */
@Entity
@Table(name = "household_tag")
public class HouseholdTag extends TenantOwned {

  static final int MAX_TAG = 20;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Column(name = "tag", length = 40, nullable = false)
  private String tag;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", length = 8, nullable = false)
  private TagSource source;

  @Column(name = "since", nullable = false)
  private Instant since;

  /** Who added a manual tag; null for the rules. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "added_by_id")
  private StaffMember addedBy;

  protected HouseholdTag() {}

  static HouseholdTag byRule(Household household, RuleTag tag, Instant now) {
    return new HouseholdTag(household, tag.name(), TagSource.RULE, null, now);
  }

  /**
   * @throws IllegalArgumentException naming the field when the tag is blank, too long, or the name of a rule tag
   *     (those come and go by rule only)
   */
  static HouseholdTag manual(Household household, String tag, StaffMember by, Instant now) {
    return new HouseholdTag(household, manualName(tag), TagSource.MANUAL, by, now);
  }

  /** @return the tag as staff wrote it, trimmed */
  static String manualName(String tag) {
    String name = tag == null ? "" : tag.strip();
    if (name.isEmpty() || name.length() > MAX_TAG) {
      throw new IllegalArgumentException("tag: is required, at most " + MAX_TAG + " characters");
    }
    for (RuleTag rule : RuleTag.values()) {
      if (rule.name().equalsIgnoreCase(name)) {
        throw new IllegalArgumentException("tag: " + name + " is set by rule, not by hand");
      }
    }
    return name;
  }

  private HouseholdTag(Household household, String tag, TagSource source, StaffMember by, Instant now) {
    this.household = household;
    this.tag = tag;
    this.source = source;
    this.addedBy = by;
    this.since = now;
  }

  public Household household() {
    return household;
  }

  /** @return a {@link RuleTag}'s name for the rules' tags, else the staff member's word */
  public String tag() {
    return tag;
  }

  public TagSource source() {
    return source;
  }

  public Instant since() {
    return since;
  }

  public StaffMember addedBy() {
    return addedBy;
  }
}
