package io.linli.people;

import io.linli.api.Role;

/** The two committees a project works with. */
public enum Committee {
  /** 业主委员会. */
  OWNERS_COMMITTEE(Role.OWNERS_COMMITTEE),
  /** 居民委员会. */
  RESIDENTS_COMMITTEE(Role.RESIDENTS_COMMITTEE);

  private final Role role;

  Committee(Role role) {
    this.role = role;
  }

  /** @return the role a seat on this committee gives */
  public Role role() {
    return role;
  }
}
