package io.linli.alert;

import io.linli.api.Label;
import io.linli.api.Metric.Signal;
import io.linli.api.Role;
import io.linli.community.Project;
import io.linli.identity.SignedInUser;
import io.linli.people.PeopleService;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * 预警 for others to show: how the bound company's projects stand at the last check, the red episodes of a project,
 * and the company's limits (read by its staff, changed by its admin).
 */
@ApplicationScoped
@Transactional
public class AlertService {

  /** How many of a project's latest episodes {@link #project} lists. */
  static final int EPISODES = 20;

  @Inject TenantEntityManager entityManagers;
  @Inject PeopleService people;
  @Inject AlertSettings settings;
  @Inject AlertCheck check;
  @Inject Clock clock;

  /**
   * How a project stands on one rule.
   *
   * @param redSince when its open red episode began; null when none is open
   */
  public record RuleStanding(AlertRule rule, Signal signal, Label reason, Instant checkedAt, Instant redSince) {}

  /**
   * How a project stands: the worst of its rules ({@code NONE} before its first check), the rules worst first.
   */
  public record ProjectStanding(long projectId, Signal signal, List<RuleStanding> rules) {}

  /** A project's standing and its latest red episodes, newest first. */
  public record ProjectAlerts(Project project, ProjectStanding standing, List<AlertEpisode> episodes) {}

  /** @return the standing of each of the bound company's projects among {@code projectIds}, in their order */
  public List<ProjectStanding> standings(Collection<Long> projectIds) {
    if (projectIds.isEmpty()) {
      return List.of();
    }
    var entityManager = entityManagers.current();
    Map<String, Instant> redSince = new HashMap<>();
    entityManager.createQuery("select e from AlertEpisode e where e.closedAt is null and e.projectId in :p",
            AlertEpisode.class)
        .setParameter("p", projectIds).getResultList()
        .forEach(e -> redSince.put(e.projectId() + "/" + e.rule(), e.openedAt()));
    Map<Long, List<RuleStanding>> rules = new HashMap<>();
    entityManager.createQuery("select s from AlertStanding s where s.projectId in :p", AlertStanding.class)
        .setParameter("p", projectIds).getResultList()
        .forEach(s -> rules.computeIfAbsent(s.projectId(), p -> new java.util.ArrayList<>()).add(new RuleStanding(
            s.rule(), s.level(), s.reason(), s.checkedAt(), redSince.get(s.projectId() + "/" + s.rule()))));
    return projectIds.stream().distinct().map(id -> {
      List<RuleStanding> of = rules.getOrDefault(id, List.of()).stream()
          .sorted(Comparator.comparing((RuleStanding r) -> severity(r.signal())).reversed()
              .thenComparing(RuleStanding::rule))
          .toList();
      return new ProjectStanding(id, of.isEmpty() ? Signal.NONE : of.get(0).signal(), of);
    }).toList();
  }

  /** @return the standings of the projects the person works in, worst first */
  public List<ProjectStanding> standings(SignedInUser user) {
    return standings(visible(user).stream().map(Project::id).toList()).stream()
        .sorted(Comparator.comparing((ProjectStanding s) -> severity(s.signal())).reversed())
        .toList();
  }

  /**
   * @throws NoSuchElementException for a project the person does not work in, or of another company
   */
  public ProjectAlerts project(SignedInUser user, long projectId) {
    Project project = visible(user).stream().filter(p -> p.id() == projectId).findFirst()
        .orElseThrow(() -> new NoSuchElementException("project " + projectId));
    List<AlertEpisode> episodes = entityManagers.current()
        .createQuery("select e from AlertEpisode e where e.projectId = :p order by e.openedAt desc, e.id desc",
            AlertEpisode.class)
        .setParameter("p", projectId).setMaxResults(EPISODES).getResultList();
    return new ProjectAlerts(project, standings(List.of(projectId)).get(0), episodes);
  }

  /** @return the projects the person works in (see {@code StaffScope}); none for anyone else */
  public List<Project> visible(SignedInUser user) {
    return user.isStaff() ? people.projectsOf(user.accountId()) : List.of();
  }

  public AlertThresholds thresholds() {
    return settings.thresholds();
  }

  /**
   * Keeps the company's new limits and checks its projects against them at once.
   *
   * @throws AlertRulesForbidden unless the person is the company's admin
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED) // the check is a transaction of its own, after the change
  public AlertThresholds change(SignedInUser user, AlertThresholds thresholds) {
    if (!user.roles().contains(Role.TENANT_ADMIN)) {
      throw new AlertRulesForbidden();
    }
    settings.set(thresholds);
    check.checkNow(clock.instant());
    return thresholds;
  }

  private static int severity(Signal signal) {
    return switch (signal) {
      case RED -> 3;
      case YELLOW -> 2;
      case GREEN -> 1;
      case NONE -> 0;
    };
  }
}
