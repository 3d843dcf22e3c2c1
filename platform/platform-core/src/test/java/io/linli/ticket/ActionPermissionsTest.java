package io.linli.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionPermissionsTest {

  private static final SignedInUser TECHNICIAN = staff(Role.TECHNICIAN);
  private static final SignedInUser STEWARD = staff(Role.BUILDING_STEWARD);
  private static final SignedInUser OWNER = new SignedInUser(
      AccountKind.RESIDENT, TenantId.of("huayuan"), 9, "13900000001", "张伟", Set.of(Role.RESIDENT), 0);

  @Test
  void a_technician_works_a_ticket_assigned_to_them() {
    assertThat(ActionPermissions.allows(TECHNICIAN, TicketAction.RESOLVE, true)).isTrue();
    assertThat(ActionPermissions.allows(TECHNICIAN, TicketAction.START, true)).isTrue();
  }

  @Test
  void a_technician_cannot_work_or_close_a_ticket_not_assigned_to_them() {
    assertThat(ActionPermissions.allows(TECHNICIAN, TicketAction.RESOLVE, false)).isFalse();
    assertThat(ActionPermissions.allows(TECHNICIAN, TicketAction.CLOSE, false)).isFalse();
  }

  @Test
  void closing_dispatching_and_return_visits_are_the_offices_even_on_a_technicians_own_ticket() {
    assertThat(ActionPermissions.allows(TECHNICIAN, TicketAction.CLOSE, true)).isFalse();
    assertThat(ActionPermissions.allows(TECHNICIAN, TicketAction.DISPATCH, true)).isFalse();
    assertThat(ActionPermissions.allows(TECHNICIAN, TicketAction.RETURN_VISIT, true)).isFalse();
  }

  @Test
  void a_technician_may_claim_from_the_grab_pool() {
    assertThat(ActionPermissions.allows(TECHNICIAN, TicketAction.CLAIM, false)).isTrue();
  }

  @Test
  void an_owner_urges_rates_reopens_and_comments_only() {
    assertThat(ActionPermissions.allows(OWNER, TicketAction.URGE, false)).isTrue();
    assertThat(ActionPermissions.allows(OWNER, TicketAction.CLOSE, false)).isFalse();
    assertThat(ActionPermissions.allows(OWNER, TicketAction.RESOLVE, false)).isFalse();
  }

  @Test
  void other_staff_may_do_what_the_status_allows() {
    assertThat(ActionPermissions.allows(STEWARD, TicketAction.CLOSE, false)).isTrue();
  }

  private static SignedInUser staff(Role role) {
    return new SignedInUser(AccountKind.STAFF, TenantId.of("huayuan"), 7, "staff", "员工", Set.of(role), 0);
  }
}
