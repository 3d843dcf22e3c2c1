package io.linli.people;

import io.linli.api.Role;
import io.linli.community.Project;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which projects a staff member works in, from their role and assignments. */
public final class StaffScope {

  private StaffScope() {}

  /**
   * A tenant admin sees every project, a regional director the projects of their regions, everyone else the
   * projects they are assigned to directly or through a building.
   */
  public static List<Project> projects(
      Role role, Collection<StaffAssignment> assignments, Collection<Project> allProjects) {
    if (role == Role.TENANT_ADMIN) {
      return sorted(allProjects);
    }
    Set<Project> projects = new LinkedHashSet<>();
    for (StaffAssignment assignment : assignments) {
      if (assignment.region() != null) {
        allProjects.stream().filter(p -> p.region() == assignment.region()).forEach(projects::add);
      } else if (assignment.project() != null) {
        projects.add(assignment.project());
      } else if (assignment.building() != null) {
        projects.add(assignment.building().project());
      }
    }
    return sorted(projects);
  }

  private static List<Project> sorted(Collection<Project> projects) {
    return projects.stream().sorted(Comparator.comparing(Project::code)).toList();
  }
}
