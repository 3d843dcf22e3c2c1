package io.linli.people;

import io.linli.community.Building;
import io.linli.community.Project;
import io.linli.community.Region;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What a staff member looks after: a region (director), a project (manager, agent, technician) or a building
 * (steward). Exactly one of the three is set. An entity rather than a join table so that it carries the tenant.
 */
@Entity
@Table(name = "staff_assignment")
public class StaffAssignment extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id")
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "building_id")
  private Building building;

  protected StaffAssignment() {}

  private StaffAssignment(StaffMember staff, Region region, Project project, Building building) {
    this.staff = staff;
    this.region = region;
    this.project = project;
    this.building = building;
  }

  public static StaffAssignment toRegion(StaffMember staff, Region region) {
    return new StaffAssignment(staff, region, null, null);
  }

  public static StaffAssignment toProject(StaffMember staff, Project project) {
    return new StaffAssignment(staff, null, project, null);
  }

  public static StaffAssignment toBuilding(StaffMember staff, Building building) {
    return new StaffAssignment(staff, null, null, building);
  }

  public StaffMember staff() {
    return staff;
  }

  public Region region() {
    return region;
  }

  public Project project() {
    return project;
  }

  public Building building() {
    return building;
  }

  /** @return whether this assignment names the same place as {@code other} */
  public boolean samePlaceAs(StaffAssignment other) {
    return region == other.region && project == other.project && building == other.building;
  }
}
