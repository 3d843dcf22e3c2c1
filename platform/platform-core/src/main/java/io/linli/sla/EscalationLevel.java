package io.linli.sla;

import io.linli.api.Role;
import java.util.Optional;

/** Who a ticket at risk is escalated to, in order: steward, then project manager, then regional director. */
public enum EscalationLevel {
  BUILDING_STEWARD(Role.BUILDING_STEWARD),
  PROJECT_MANAGER(Role.PROJECT_MANAGER),
  REGIONAL_DIRECTOR(Role.REGIONAL_DIRECTOR);

  private final Role role;

  EscalationLevel(Role role) {
    this.role = role;
  }

  /** @return the level above this one, or empty at the regional director, where the chain ends */
  public Optional<EscalationLevel> next() {
    return switch (this) {
      case BUILDING_STEWARD -> Optional.of(PROJECT_MANAGER);
      case PROJECT_MANAGER -> Optional.of(REGIONAL_DIRECTOR);
      case REGIONAL_DIRECTOR -> Optional.empty();
    };
  }

  /** @return the staff role that acts at this level */
  public Role role() {
    return role;
  }
}
