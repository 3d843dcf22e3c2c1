package io.linli.web;

import io.linli.community.Project;
import io.linli.identity.SignedInUser;
import io.linli.people.CommitteeSeat;
import io.linli.people.PeopleService;
import io.linli.people.Resident;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** What the home screens and /api/me show a signed-in person: their company, projects, household, seats. */
@ApplicationScoped
public class Workplace {

  @Inject TenantService tenants;
  @Inject PeopleService people;

  /** The parts that apply to the person's kind are filled, the others empty. */
  public record View(Optional<Tenant> tenant, List<Project> projects, Optional<Resident> resident,
      List<CommitteeSeat> seats) {}

  public View of(SignedInUser user) {
    Optional<Tenant> tenant = Optional.ofNullable(user.tenant()).flatMap(tenants::tenant);
    return switch (user.kind()) {
      case STAFF -> new View(tenant, people.projectsOf(user.accountId()), Optional.empty(), List.of());
      case RESIDENT -> new View(tenant, List.of(), people.resident(user.accountId()),
          people.seatsOf(user.accountId()));
      case OPERATOR -> new View(Optional.empty(), List.of(), Optional.empty(), List.of());
    };
  }
}
