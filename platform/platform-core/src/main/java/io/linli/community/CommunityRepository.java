package io.linli.community;

import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Regions, projects, buildings and households of the bound tenant. */
@ApplicationScoped
public class CommunityRepository {

  @Inject TenantEntityManager entityManagers;

  public <T> Optional<T> find(Class<T> type, long id) {
    return Optional.ofNullable(entityManagers.current().find(type, id));
  }

  public List<Region> regions() {
    return entityManagers.current()
        .createQuery("select r from Region r order by r.code", Region.class)
        .getResultList();
  }

  public List<Project> projects() {
    return entityManagers.current()
        .createQuery("select p from Project p join fetch p.region order by p.code", Project.class)
        .getResultList();
  }

  public List<Building> buildings() {
    return entityManagers.current()
        .createQuery("select b from Building b order by b.project.code, b.code", Building.class)
        .getResultList();
  }

  public List<Building> buildingsOf(Project project) {
    return entityManagers.current()
        .createQuery("select b from Building b where b.project = :p order by b.code", Building.class)
        .setParameter("p", project)
        .getResultList();
  }

  public List<Household> households() {
    return entityManagers.current()
        .createQuery("select h from Household h join fetch h.building", Household.class)
        .getResultList();
  }

  public void store(Object entity) {
    entityManagers.current().persist(entity);
  }
}
