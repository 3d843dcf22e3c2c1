package io.linli.api;

import java.util.Set;

/**
 * The signed-in person a view or REST request of a plugin is for.
 *
 * @param id the resident's id when {@link #isResident()}, else the staff member's id
 * @param name as shown on screen
 */
public record Caller(long id, String name, Set<Role> roles) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  /** @return whether this is an owner or other resident (the portal), rather than staff (the console) */
  public boolean isResident() {
    return roles.contains(Role.RESIDENT);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
