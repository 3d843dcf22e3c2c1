package io.linli.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.linli.api.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EscalationTest {

  @Test
  void the_chain_goes_from_steward_to_project_manager_to_director() {
    assertThat(EscalationLevel.BUILDING_STEWARD.next()).contains(EscalationLevel.PROJECT_MANAGER);
    assertThat(EscalationLevel.PROJECT_MANAGER.next()).contains(EscalationLevel.REGIONAL_DIRECTOR);
  }

  @Test
  void the_chain_ends_at_the_regional_director() {
    assertThat(EscalationLevel.REGIONAL_DIRECTOR.next()).isEmpty();
  }

  @Test
  void each_level_is_acted_on_by_the_role_of_the_same_name() {
    assertThat(EscalationLevel.values())
        .extracting(EscalationLevel::role)
        .containsExactly(Role.BUILDING_STEWARD, Role.PROJECT_MANAGER, Role.REGIONAL_DIRECTOR);
  }

  @Test
  void by_default_each_level_has_an_hour_to_act() {
    Instant escalated = Instant.parse("2026-03-12T02:00:00Z");

    assertThat(EscalationPolicy.defaults().nextEscalationAt(escalated))
        .isEqualTo(Instant.parse("2026-03-12T03:00:00Z"));
  }
}
