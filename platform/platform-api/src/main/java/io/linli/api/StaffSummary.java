package io.linli.api;

import java.util.Set;

/**
 * A staff member as plugins see them.
 *
 * @param skills a technician's trades, e.g. {@code electrical}, {@code plumbing}
 */
public record StaffSummary(long id, String name, Role role, Set<String> skills) {

  public StaffSummary {
    skills = Set.copyOf(skills);
  }
}
