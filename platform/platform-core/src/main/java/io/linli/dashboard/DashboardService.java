package io.linli.dashboard;

import io.linli.alert.AlertService;
import io.linli.api.Role;
import io.linli.community.Building;
import io.linli.community.CommunityService;
import io.linli.community.Project;
import io.linli.community.Region;
import io.linli.dashboard.Area.Level;
import io.linli.i18n.LocalizedName;
import io.linli.identity.SignedInUser;
import io.linli.people.PeopleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The dashboard a manager sees: the figures of a place they oversee, and of the places one level down. */
@ApplicationScoped
public class DashboardService {

  /** Who oversees places, and so sees their dashboard. */
  public static final Set<Role> OVERSEERS = EnumSet.of(Role.TENANT_ADMIN, Role.REGIONAL_DIRECTOR,
      Role.PROJECT_MANAGER);

  @Inject DashboardQueries queries;
  @Inject TicketTallies tallies;
  @Inject AlertService alertService;
  @Inject CommunityService community;
  @Inject PeopleService people;

  /** A place of the company, by name; the company itself has none. */
  public record Place(Area area, LocalizedName name) {}

  public record PlaceFigures(Place place, ServiceFigures figures) {}

  /** A project of the area and how it stands against the company's alert rules (预警). */
  public record ProjectAlert(Place project, AlertService.ProjectStanding standing) {}

  /**
   * @param path from the company down to the place shown
   * @param places the places one level down, each with its figures (a building: itself)
   * @param alerts the area's projects, red first, then yellow, then the others
   * @param asOf when the tickets' tallies last caught up (every few seconds)
   */
  public record Dashboard(Period period, List<Place> path, ServiceFigures total, List<PlaceFigures> places,
      List<ProjectAlert> alerts, Optional<Instant> asOf) {

    public Place place() {
      return path.get(path.size() - 1);
    }
  }

  /**
   * @throws NoSuchElementException when the place is not one the person oversees (or not of their company)
   */
  @Transactional
  public Dashboard of(SignedInUser user, Area area, Period period) {
    Set<Long> visible = visibleProjects(user);
    List<Place> path = path(area, visible);
    var scope = new DashboardQueries.Scope(area, visible, period);
    List<TicketTally> tickets = queries.tickets(scope);
    Map<Long, Reach> reach = queries.reach(scope);
    Map<Long, Ratio> acknowledgements = queries.acknowledgements(scope);
    Ratio allAcknowledgements = acknowledgements.values().stream().reduce(Ratio.NONE, Ratio::plus);
    ServiceFigures total = ServiceFigures.of(period, tickets, queries.responseTimes(scope),
        reach.getOrDefault(-1L, Reach.NONE), allAcknowledgements, queries.deflection(period));
    List<PlaceFigures> places = new ArrayList<>();
    for (Place place : placesBelow(area, visible)) {
      long id = place.area().id();
      places.add(new PlaceFigures(place, ServiceFigures.ofPlace(id, period, tickets,
          reach.getOrDefault(id, Reach.NONE), acknowledgements.getOrDefault(id, Ratio.NONE))));
    }
    return new Dashboard(period, path, total, places, alerts(area, visible), tallies.refreshedAt());
  }

  /** @return the projects the person oversees; null for a tenant admin, who oversees all */
  private Set<Long> visibleProjects(SignedInUser user) {
    if (user.roles().contains(Role.TENANT_ADMIN)) {
      return null;
    }
    return people.projectsOf(user.accountId()).stream().map(Project::id).collect(Collectors.toSet());
  }

  private List<Place> path(Area area, Set<Long> visible) {
    List<Place> path = new ArrayList<>();
    path.add(new Place(Area.COMPANY, null));
    switch (area.level()) {
      case COMPANY -> { }
      case REGION -> {
        Region region = community.region(area.id())
            .filter(r -> visible == null || projects(visible).anyMatch(p -> p.region().id().equals(r.id())))
            .orElseThrow(() -> new NoSuchElementException("no region " + area.id()));
        path.add(place(region));
      }
      case PROJECT -> {
        Project project = community.project(area.id()).filter(p -> isVisible(p, visible))
            .orElseThrow(() -> new NoSuchElementException("no project " + area.id()));
        path.add(place(project.region()));
        path.add(place(project));
      }
      case BUILDING -> {
        Building building = community.building(area.id()).filter(b -> isVisible(b.project(), visible))
            .orElseThrow(() -> new NoSuchElementException("no building " + area.id()));
        path.add(place(building.project().region()));
        path.add(place(building.project()));
        path.add(new Place(new Area(Level.BUILDING, building.id()), building.name()));
      }
    }
    return path;
  }

  private List<ProjectAlert> alerts(Area area, Set<Long> visible) {
    Long buildingsProject = area.level() == Level.BUILDING
        ? community.building(area.id()).map(b -> b.project().id()).orElse(null) : null;
    Map<Long, Project> projects = new java.util.LinkedHashMap<>();
    projects(visible).filter(p -> switch (area.level()) {
      case COMPANY -> true;
      case REGION -> p.region().id().equals(area.id());
      case PROJECT -> p.id().equals(area.id());
      case BUILDING -> p.id().equals(buildingsProject);
    }).forEach(p -> projects.put(p.id(), p));
    return alertService.standings(projects.keySet()).stream()
        .map(s -> new ProjectAlert(place(projects.get(s.projectId())), s))
        .sorted(Comparator.comparingInt(a -> severity(a.standing().signal())))
        .toList();
  }

  private static int severity(io.linli.api.Metric.Signal signal) {
    return switch (signal) {
      case RED -> 0;
      case YELLOW -> 1;
      case GREEN -> 2;
      case NONE -> 3;
    };
  }

  private List<Place> placesBelow(Area area, Set<Long> visible) {
    return switch (area.level()) {
      case COMPANY -> projects(visible).map(Project::region).distinct().sorted(Comparator.comparing(Region::code))
          .map(DashboardService::place).toList();
      case REGION -> projects(visible).filter(p -> p.region().id().equals(area.id())).map(DashboardService::place)
          .toList();
      case PROJECT -> community.buildingsOf(area.id()).orElseThrow().stream()
          .map(b -> new Place(new Area(Level.BUILDING, b.id()), b.name())).toList();
      case BUILDING -> List.of(path(area, visible).get(3));
    };
  }

  private java.util.stream.Stream<Project> projects(Set<Long> visible) {
    return community.projects().stream().filter(p -> isVisible(p, visible));
  }

  private static boolean isVisible(Project project, Set<Long> visible) {
    return visible == null || visible.contains(project.id());
  }

  private static Place place(Region region) {
    return new Place(new Area(Level.REGION, region.id()), region.name());
  }

  private static Place place(Project project) {
    return new Place(new Area(Level.PROJECT, project.id()), project.name());
  }
}
