package io.linli.profile;

import io.linli.audit.AuditLog;
import io.linli.community.Building;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.identity.SignedInUser;
import io.linli.notice.Segments;
import io.linli.people.PeopleRepository;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * 客户分群: saved filters over households, shared in the company. What a filter matches is always limited to the
 * households the person using it works with; a filter on special care is for the roles that may see special care.
 */
@ApplicationScoped
@Transactional
public class ResidentFilters implements Segments {

  @Inject TenantEntityManager entityManagers;
  @Inject AuditLog audit;
  @Inject CommunityRepository community;
  @Inject PeopleRepository people;
  @Inject ProfileService profiles;
  @Inject Clock clock;

  /** What to save: a name, optionally a project or building, tags with and without, special care. */
  public record Definition(String name, Long projectId, Long buildingId, Set<String> withTags,
      Set<String> withoutTags, Set<SpecialCare> specialCare) {}

  /** A filter with how many of the person's households it matches now. */
  public record Counted(ResidentFilter filter, long households) {}

  /**
   * @throws NoSuchElementException when the project or building is not the company's
   * @throws IllegalArgumentException naming the field; a name already used is {@code name: …}
   * @throws ProfileForbidden for special care, unless a role that may see it
   */
  public ResidentFilter save(SignedInUser user, Definition definition) {
    ResidentFilter filter = define(user, definition);
    var entityManager = entityManagers.current();
    boolean taken = !entityManager.createQuery("select f from ResidentFilter f where f.name = :n", ResidentFilter.class)
        .setParameter("n", filter.name()).getResultList().isEmpty();
    if (taken) {
      throw new IllegalArgumentException("name: another saved filter is called " + filter.name());
    }
    entityManager.persist(filter);
    entityManager.flush(); // its id, for the audit log
    audit.record("segment.save", "segment", filter.id(), filter.name());
    return filter;
  }

  /** @return the households an unsaved filter would match among those the person works with (same checks as save) */
  public List<Household> preview(SignedInUser user, Definition d) {
    String name = d.name() == null || d.name().isBlank() ? "preview" : d.name(); // not saved: any name will do
    return matching(user, define(user, new Definition(name, d.projectId(), d.buildingId(), d.withTags(),
        d.withoutTags(), d.specialCare())));
  }

  private ResidentFilter define(SignedInUser user, Definition definition) {
    profiles.placesOf(user);
    StaffMember staff = people.staff(user.accountId()).orElseThrow();
    if (definition.specialCare() != null && !definition.specialCare().isEmpty()
        && !ProfileService.CARE_ROLES.contains(staff.role())) {
      throw new ProfileForbidden("special care is for the company's admin, project managers and stewards");
    }
    Project project = definition.projectId() == null ? null
        : community.find(Project.class, definition.projectId())
            .orElseThrow(() -> new NoSuchElementException("project " + definition.projectId()));
    Building building = definition.buildingId() == null ? null
        : community.find(Building.class, definition.buildingId())
            .orElseThrow(() -> new NoSuchElementException("building " + definition.buildingId()));
    return ResidentFilter.define(new ResidentFilter.Criteria(definition.name(), project, building,
        definition.withTags(), definition.withoutTags(), definition.specialCare()), staff, clock.instant());
  }

  /** @return the company's filters the person may use, by name, each with its count among their households */
  public List<Counted> list(SignedInUser user) {
    boolean care = mayUseCare(user);
    return entityManagers.current()
        .createQuery("select f from ResidentFilter f order by f.name", ResidentFilter.class).getResultStream()
        .filter(f -> care || f.specialCare().isEmpty())
        .map(f -> new Counted(loaded(f), matching(user, f).size())).toList();
  }

  /** @throws NoSuchElementException when not the company's, or a special-care filter the person may not use */
  public ResidentFilter filter(SignedInUser user, long id) {
    profiles.placesOf(user);
    return entityManagers.current().createQuery("select f from ResidentFilter f where f.id = :id",
            ResidentFilter.class).setParameter("id", id).getResultStream()
        .filter(f -> f.specialCare().isEmpty() || mayUseCare(user)).findFirst().map(this::loaded)
        .orElseThrow(() -> new NoSuchElementException("resident filter " + id));
  }

  /** @return the households the filter matches among those the person works with, by building and unit */
  public List<Household> households(SignedInUser user, long id) {
    return matching(user, filter(user, id));
  }

  @Override
  public Segment resolve(SignedInUser user, long filterId) {
    ResidentFilter filter = filter(user, filterId);
    return new Segment(filter.id(), filter.name(), matching(user, filter));
  }

  /** Touches what the edges show, so they may use it after the transaction. */
  private ResidentFilter loaded(ResidentFilter filter) {
    if (filter.project() != null) {
      filter.project().name();
    }
    if (filter.building() != null) {
      filter.building().name();
    }
    return filter;
  }

  private boolean mayUseCare(SignedInUser user) {
    return people.staff(user.accountId()).map(s -> ProfileService.CARE_ROLES.contains(s.role())).orElse(false);
  }

  private List<Household> matching(SignedInUser user, ResidentFilter filter) {
    ProfileService.Places places = profiles.placesOf(user);
    StringBuilder jpql = new StringBuilder("select h from Household h join fetch h.building b where 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.building() != null) {
      jpql.append(" and b = :building");
      parameters.put("building", filter.building());
    } else if (filter.project() != null) {
      jpql.append(" and b.project = :project");
      parameters.put("project", filter.project());
    }
    List<String> with = new ArrayList<>(filter.withTags());
    for (int i = 0; i < with.size(); i++) {
      jpql.append(" and exists (select t from HouseholdTag t where t.household = h and t.tag = :with").append(i)
          .append(")");
      parameters.put("with" + i, with.get(i));
    }
    if (!filter.withoutTags().isEmpty()) {
      jpql.append(" and not exists (select t from HouseholdTag t where t.household = h and t.tag in :without)");
      parameters.put("without", filter.withoutTags());
    }
    if (!filter.specialCare().isEmpty()) {
      jpql.append(" and exists (select c from HouseholdCare c where c.household = h and c.kind in :care)");
      parameters.put("care", filter.specialCare());
    }
    jpql.append(" order by b.project.code, b.code, h.unit");
    TypedQuery<Household> query = entityManagers.current().createQuery(jpql.toString(), Household.class);
    parameters.forEach(query::setParameter);
    return query.getResultStream().filter(places::includes).toList();
  }
}
