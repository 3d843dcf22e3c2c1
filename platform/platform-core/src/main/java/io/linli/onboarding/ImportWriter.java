package io.linli.onboarding;

import io.linli.community.Building;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.community.Region;
import io.linli.i18n.LocalizedName;
import io.linli.onboarding.ImportJob.Outcome;
import io.linli.people.Resident;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes checked rows, matched by their natural keys — region code, project code, building code within the project,
 * unit within the building, the resident's mobile within the company — so a row imported again changes nothing. A
 * row that differs updates in place: the region's, project's and building's Chinese name (an English name of their
 * own stays), the project's region and address (an empty address keeps the one there), the household's floor area,
 * and the resident's name, relation and household (they moved).
 */
@ApplicationScoped
public class ImportWriter {

  @Inject TenantEntityManager entityManagers;

  /**
   * Writes the rows in one transaction of their own (a chunk of an import).
   *
   * @param passwordHash what new residents get: a hash of a password nobody knows, until they are given one
   * @return what each row came to, by row number
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Integer, Outcome> write(List<ImportRecord> records, String passwordHash) {
    return new Chunk(entityManagers.current(), records).write(passwordHash);
  }

  private static final class Chunk {
    private final EntityManager em;
    private final List<ImportRecord> records;
    private final Map<String, Region> regions;
    private final Map<String, Project> projects;
    private final Map<String, Building> buildings;
    private final Map<String, Household> households;
    private final Map<String, Resident> residents;

    Chunk(EntityManager em, List<ImportRecord> records) {
      this.em = em;
      this.records = records;
      regions = byKey(em.createQuery("select r from Region r where r.code in :codes", Region.class)
          .setParameter("codes", distinct(ImportRecord::regionCode)).getResultList(), Region::code);
      projects = byKey(em.createQuery("select p from Project p join fetch p.region where p.code in :codes",
              Project.class)
          .setParameter("codes", distinct(ImportRecord::projectCode)).getResultList(), Project::code);
      buildings = projects.isEmpty() ? new HashMap<>() : byKey(em.createQuery(
              "select b from Building b where b.project in :projects", Building.class)
          .setParameter("projects", List.copyOf(projects.values())).getResultList(),
          b -> b.project().code() + "/" + b.code());
      households = buildings.isEmpty() ? new HashMap<>() : byKey(em.createQuery(
              "select h from Household h where h.building in :buildings and h.unit in :units", Household.class)
          .setParameter("buildings", List.copyOf(buildings.values()))
          .setParameter("units", distinct(ImportRecord::unit)).getResultList(),
          h -> h.building().project().code() + "/" + h.building().code() + "/" + h.unit());
      List<String> phones = records.stream().map(ImportRecord::phone).filter(Objects::nonNull).distinct().toList();
      residents = phones.isEmpty() ? new HashMap<>() : byKey(em.createQuery(
              "select r from Resident r where r.phone in :phones", Resident.class)
          .setParameter("phones", phones).getResultList(), Resident::phone);
    }

    Map<Integer, Outcome> write(String passwordHash) {
      Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
      for (ImportRecord r : records) {
        var row = new RowOutcome();
        Region region = region(r, row);
        Project project = project(r, region, row);
        Building building = building(r, project, row);
        Household household = household(r, building, row);
        if (r.phone() != null) {
          resident(r, household, passwordHash, row);
        }
        outcomes.put(r.row(), row.outcome);
      }
      return outcomes;
    }

    private Region region(ImportRecord r, RowOutcome row) {
      Region region = regions.get(r.regionCode());
      if (region == null) {
        region = row.created(em, new Region(r.regionCode(), new LocalizedName(r.regionName(), null)));
        regions.put(r.regionCode(), region);
      } else if (!region.name().zh().equals(r.regionName())) {
        region.rename(renamed(region.name(), r.regionName()));
        row.changed();
      }
      return region;
    }

    private Project project(ImportRecord r, Region region, RowOutcome row) {
      Project project = projects.get(r.projectCode());
      if (project == null) {
        project = row.created(em, new Project(region, r.projectCode(), new LocalizedName(r.projectName(), null),
            r.address()));
        projects.put(r.projectCode(), project);
      } else {
        String address = r.address() == null ? project.address() : r.address();
        if (!project.name().zh().equals(r.projectName()) || project.region() != region
            || !Objects.equals(project.address(), address)) {
          project.redefine(region, renamed(project.name(), r.projectName()), address);
          row.changed();
        }
      }
      return project;
    }

    private Building building(ImportRecord r, Project project, RowOutcome row) {
      Building building = buildings.get(r.buildingKey());
      if (building == null) {
        building = row.created(em, new Building(project, r.buildingCode(), new LocalizedName(r.buildingName(), null)));
        buildings.put(r.buildingKey(), building);
      } else if (!building.name().zh().equals(r.buildingName())) {
        building.rename(renamed(building.name(), r.buildingName()));
        row.changed();
      }
      return building;
    }

    private Household household(ImportRecord r, Building building, RowOutcome row) {
      Household household = households.get(r.householdKey());
      if (household == null) {
        household = row.created(em, new Household(building, r.unit(), r.floorArea()));
        households.put(r.householdKey(), household);
      } else if (household.floorArea().compareTo(r.floorArea()) != 0) {
        household.remeasure(r.floorArea());
        row.changed();
      }
      return household;
    }

    private void resident(ImportRecord r, Household household, String passwordHash, RowOutcome row) {
      Resident resident = residents.get(r.phone());
      if (resident == null) {
        residents.put(r.phone(), row.created(em,
            new Resident(household, r.residentName(), r.phone(), r.relation(), passwordHash)));
      } else if (resident.household() != household || !resident.name().equals(r.residentName())
          || resident.relation() != r.relation()) {
        resident.moveTo(household, r.relation(), r.residentName());
        row.changed();
      }
    }

    /** A new Chinese name; an English name of its own stays, one that only repeated the Chinese follows it. */
    private static LocalizedName renamed(LocalizedName name, String zh) {
      return new LocalizedName(zh, name.en().equals(name.zh()) ? zh : name.en());
    }

    private <K> List<K> distinct(Function<ImportRecord, K> key) {
      return records.stream().map(key).distinct().toList();
    }
  }

  /** A row inserted anything new, or else changed something, or else nothing. */
  private static final class RowOutcome {
    Outcome outcome = Outcome.UNCHANGED;

    <T> T created(EntityManager em, T entity) {
      em.persist(entity);
      outcome = Outcome.INSERTED;
      return entity;
    }

    void changed() {
      if (outcome == Outcome.UNCHANGED) {
        outcome = Outcome.UPDATED;
      }
    }
  }

  private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
    return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
  }
}
