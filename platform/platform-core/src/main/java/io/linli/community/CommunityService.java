package io.linli.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reads the community structure of the bound tenant. Each result comes with the parents it shows (a building
 * with its project), so callers may use it after the transaction.
 */
@ApplicationScoped
@Transactional
public class CommunityService {

  @Inject CommunityRepository repository;

  public List<Region> regions() {
    return repository.regions();
  }

  public Optional<Region> region(long id) {
    return repository.find(Region.class, id);
  }

  public List<Project> projects() {
    return repository.projects().stream().peek(p -> p.region().code()).toList();
  }

  public Optional<Project> project(long id) {
    return repository.find(Project.class, id).map(p -> {
      p.region().code();
      return p;
    });
  }

  /** @return the project's buildings; empty when there is no such project in this tenant */
  public Optional<List<Building>> buildingsOf(long projectId) {
    return repository.find(Project.class, projectId).map(repository::buildingsOf);
  }

  public Optional<Building> building(long id) {
    return repository.find(Building.class, id).map(b -> {
      b.project().code();
      return b;
    });
  }

  public Optional<Household> household(long id) {
    return repository.find(Household.class, id).map(h -> {
      h.building().project().code();
      return h;
    });
  }
}
