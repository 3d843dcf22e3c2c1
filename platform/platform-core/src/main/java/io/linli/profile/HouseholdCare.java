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

/**
 * A special-care flag on a household. Kept per household, not per resident: the person to look after is often not
 * the registered owner (an elderly parent living alone in a flat the son owns), and stewards call and visit a home.
 */
@Entity
@Table(name = "household_care")
public class HouseholdCare extends TenantOwned {

  static final int MAX_NOTE = 200;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  private SpecialCare kind;

  /** Who, and what to mind (e.g. 王阿姨，82 岁，行动不便). */
  @Column(name = "note", length = MAX_NOTE)
  private String note;

  @Column(name = "since", nullable = false)
  private Instant since;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "set_by_id")
  private StaffMember setBy;

  protected HouseholdCare() {}

  HouseholdCare(Household household, SpecialCare kind, String note, StaffMember by, Instant now) {
    this.household = household;
    this.kind = kind;
    this.note = note;
    this.setBy = by;
    this.since = now;
  }

  /** @return the note trimmed, null when blank @throws IllegalArgumentException naming the field when too long */
  static String note(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.strip().length() > MAX_NOTE) {
      throw new IllegalArgumentException("note: at most " + MAX_NOTE + " characters");
    }
    return note.strip();
  }

  void renote(String note) {
    this.note = note;
  }

  public Household household() {
    return household;
  }

  public SpecialCare kind() {
    return kind;
  }

  public String note() {
    return note;
  }

  public Instant since() {
    return since;
  }

  public StaffMember setBy() {
    return setBy;
  }
}
