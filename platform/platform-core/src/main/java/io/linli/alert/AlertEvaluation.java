package io.linli.alert;

import io.linli.api.Metric.Signal;
import io.linli.api.Role;
import io.linli.community.CommunityRepository;
import io.linli.community.Project;
import io.linli.notification.NotificationService;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Judges every project of the bound company on every rule, keeps how each stands, and opens and closes its red
 * episodes: a project newly red on a rule tells its project managers and regional directors (in-app, and by
 * e-mail to those with an address) once; it closes when the rule is green again. Callers hold the company's
 * {@code alert_check} row, so two nodes never judge one company at once; the unique key of open episodes would
 * refuse a second one all the same.
 */
@ApplicationScoped
public class AlertEvaluation {

  /** The kind of the notifications, as SLA warnings are WARN and escalations ESCALATE. */
  public static final String NOTIFICATION_KIND = "ALERT";
  private static final Logger LOG = Logger.getLogger(AlertEvaluation.class.getName());

  @Inject TenantEntityManager entityManagers;
  @Inject CommunityRepository community;
  @Inject AlertFigures figures;
  @Inject AlertSettings settings;
  @Inject NotificationService notifications;

  /** @return the episodes opened by this check */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<AlertEpisode> evaluate(Instant now) {
    var entityManager = entityManagers.current();
    AlertThresholds limits = settings.thresholds();
    DailyTally week = figures.week(now);
    Map<String, AlertStanding> standings = new HashMap<>();
    entityManager.createQuery("select s from AlertStanding s", AlertStanding.class).getResultList()
        .forEach(s -> standings.put(key(s.projectId(), s.rule()), s));
    Map<String, AlertEpisode> open = new HashMap<>();
    entityManager.createQuery("select e from AlertEpisode e where e.closedAt is null", AlertEpisode.class)
        .getResultList().forEach(e -> open.put(key(e.projectId(), e.rule()), e));
    List<AlertEpisode> opened = new java.util.ArrayList<>();
    for (Project project : community.projects()) {
      for (Verdict verdict : AlertRule.judgeAll(week.of(project.id()), limits)) {
        String key = key(project.id(), verdict.rule());
        AlertStanding standing = standings.get(key);
        if (standing == null) {
          standing = new AlertStanding(project.id(), verdict.rule());
          entityManager.persist(standing);
        }
        standing.record(verdict, now);
        AlertEpisode episode = open.get(key);
        if (verdict.signal() == Signal.RED && episode == null) {
          opened.add(open(project, verdict, now));
        } else if (verdict.signal() == Signal.GREEN && episode != null) {
          episode.close(now);
        }
      }
    }
    return opened;
  }

  private AlertEpisode open(Project project, Verdict verdict, Instant now) {
    List<StaffMember> managers = managersOf(project);
    AlertEpisode episode = new AlertEpisode(project.id(), verdict, now, managers.size());
    entityManagers.current().persist(episode);
    String text = "【预警】" + project.name().zh() + " · " + verdict.rule().label().zh() + "：" + verdict.reason().zh();
    notifications.notify(managers, NOTIFICATION_KIND, text, "/console/alerts", now);
    LOG.info(() -> "alert " + verdict.rule() + " red for project " + project.id() + ", " + managers.size() + " told");
    return episode;
  }

  /** @return the project managers and regional directors who look after the project or its region */
  List<StaffMember> managersOf(Project project) {
    return entityManagers.current()
        .createQuery("select distinct a.staff from StaffAssignment a where a.staff.role in :roles"
            + " and (a.project = :p or a.region = :r)", StaffMember.class)
        .setParameter("roles", List.of(Role.PROJECT_MANAGER, Role.REGIONAL_DIRECTOR))
        .setParameter("p", project)
        .setParameter("r", project.region())
        .getResultList();
  }

  private static String key(long project, AlertRule rule) {
    return project + "/" + rule;
  }
}
