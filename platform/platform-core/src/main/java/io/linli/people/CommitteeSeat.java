package io.linli.people;

import io.linli.community.Project;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A resident's seat on a project's owners' or residents' committee: gives committee scope in the portal. */
@Entity
@Table(name = "committee_seat")
public class CommitteeSeat extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id")
  private Project project;

  @Enumerated(EnumType.STRING)
  @Column(name = "committee", length = 24, nullable = false)
  private Committee committee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resident_id")
  private Resident member;

  protected CommitteeSeat() {}

  public CommitteeSeat(Project project, Committee committee, Resident member) {
    this.project = project;
    this.committee = committee;
    this.member = member;
  }

  public Project project() {
    return project;
  }

  public Committee committee() {
    return committee;
  }

  public Resident member() {
    return member;
  }
}
