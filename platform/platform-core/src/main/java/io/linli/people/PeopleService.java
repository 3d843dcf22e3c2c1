package io.linli.people;

import io.linli.community.CommunityRepository;
import io.linli.community.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the people of the bound tenant and what they look after. */
@ApplicationScoped
@Transactional
public class PeopleService {

  @Inject PeopleRepository repository;
  @Inject CommunityRepository community;

  public List<StaffMember> staff() {
    return repository.staff();
  }

  public Optional<StaffMember> staffMember(long id) {
    return repository.staff(id);
  }

  /** @return the projects a staff member works in (see {@link StaffScope}) */
  public List<Project> projectsOf(long staffId) {
    return repository.staff(staffId)
        .map(staff -> StaffScope.projects(staff.role(), repository.assignmentsOf(staff), community.projects()))
        .orElse(List.of());
  }

  /** @return a resident with their household, building and project */
  public Optional<Resident> resident(long id) {
    return repository.resident(id).map(r -> {
      if (r.household() != null) {
        r.household().building().project().code();
      }
      return r;
    });
  }

  /** @return the committee seats a resident holds, with their projects */
  public List<CommitteeSeat> seatsOf(long residentId) {
    return repository.resident(residentId)
        .map(repository::seatsOf)
        .orElse(List.of())
        .stream()
        .peek(s -> s.project().code())
        .toList();
  }
}
