package io.linli.notice;

import io.linli.audit.AuditLog;
import io.linli.api.Role;
import io.linli.community.Building;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.notification.Deliveries;
import io.linli.notification.DeliveryChannel;
import io.linli.notification.DeliveryStatus;
import io.linli.people.CommitteeSeat;
import io.linli.people.PeopleRepository;
import io.linli.people.PeopleService;
import io.linli.people.Resident;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Publishing notices to an audience (now or later), a household's notices with what it read, and how far a notice
 * has reached: households read and acknowledged, and the messages sent through each channel.
 */
@ApplicationScoped
@Transactional
public class NoticeService {

  /** Who publishes notices. */
  static final Set<Role> PUBLISHERS = Set.of(Role.TENANT_ADMIN, Role.REGIONAL_DIRECTOR, Role.PROJECT_MANAGER,
      Role.BUILDING_STEWARD, Role.CUSTOMER_SERVICE_AGENT);
  static final int MAX_HOUSEHOLDS_LISTED = 500;

  @Inject TenantEntityManager entityManagers;
  @Inject AuditLog audit;
  @Inject CommunityRepository community;
  @Inject PeopleRepository people;
  @Inject PeopleService scopes;
  @Inject Deliveries deliveries;
  @Inject NoticeSettings noticeSettings;
  @Inject Segments segments;
  @Inject Clock clock;

  /**
   * What staff write. The audience is the listed households if any, else the saved filter's, else the building,
   * else the project, else the whole company.
   *
   * @param channels besides the portal (null: the portal only)
   * @param publishAt null or a past time: now
   */
  public record Draft(String title, String body, Severity severity, Long projectId, Long buildingId,
      List<Long> householdIds, Long filterId, Set<DeliveryChannel> channels, boolean emergency, Instant publishAt) {}

  /** A notice as a household sees it. */
  public record ForHousehold(Notice notice, boolean read, boolean acknowledged) {}

  /** How far a notice has reached. */
  public record Reach(Notice notice, long households, long read, long acknowledged,
      Map<DeliveryChannel, Map<DeliveryStatus, Long>> deliveries) {

    /** @return acknowledged households in percent of those it is for, 0–100 */
    public int acknowledgementRate() {
      return households == 0 ? 0 : (int) Math.round(acknowledged * 100.0 / households);
    }
  }

  /**
   * @throws NoticeForbidden unless a publisher (admin, director, project manager, steward, agent), and — but for the
   *     admin — unless the households are of the publisher's projects
   * @throws NoSuchElementException when the project or building is not the tenant's
   * @throws IllegalArgumentException naming the field: a listed household that is not the company's, no household,
   *     a saved filter (客户分群) that matches none
   */
  public Notice publish(SignedInUser user, Draft draft) {
    StaffMember publisher = publisher(user);
    Instant now = clock.instant();
    Audience audience;
    Project project = null;
    Building building = null;
    List<Household> households;
    Segments.Segment segment = null;
    var entityManager = entityManagers.current();
    if (draft.householdIds() != null && !draft.householdIds().isEmpty()) {
      audience = Audience.HOUSEHOLDS;
      households = listed(draft.householdIds());
    } else if (draft.filterId() != null) {
      audience = Audience.SEGMENT;
      segment = segments.resolve(user, draft.filterId());
      households = segment.households();
      if (households.isEmpty()) {
        throw new IllegalArgumentException("filterId: the saved filter matches none of the households you reach");
      }
    } else if (draft.buildingId() != null) {
      audience = Audience.BUILDING;
      building = community.find(Building.class, draft.buildingId()).orElseThrow();
      project = building.project();
      households = entityManager.createQuery("select h from Household h where h.building = :b", Household.class)
          .setParameter("b", building).getResultList();
    } else if (draft.projectId() != null) {
      audience = Audience.PROJECT;
      project = community.find(Project.class, draft.projectId()).orElseThrow();
      households = entityManager
          .createQuery("select h from Household h where h.building.project = :p", Household.class)
          .setParameter("p", project).getResultList();
    } else {
      audience = Audience.COMPANY;
      households = community.households();
    }
    requireInScope(user, audience, households);
    Instant at = draft.publishAt() == null || draft.publishAt().isBefore(now) ? now : draft.publishAt();
    Notice notice = Notice.publish(audience, project, building, draft.title(), draft.body(), draft.severity(),
        draft.channels() == null ? Set.of() : draft.channels(), draft.emergency(), publisher, at);
    if (segment != null) {
      notice.toSegment(segment);
    }
    entityManager.persist(notice);
    ReminderSchedule schedule = notice.schedule(noticeSettings.reminders());
    households.forEach(h -> entityManager.persist(new NoticeReceipt(notice, h, schedule)));
    audit.record("notice.publish", "notice", notice.id(), notice.title() + " · " + households.size() + " 户");
    return notice;
  }

  /** The company's admin publishes to anyone; other staff to the households of the projects they work in. */
  private void requireInScope(SignedInUser user, Audience audience, List<Household> households) {
    if (user.roles().contains(Role.TENANT_ADMIN)) {
      return;
    }
    if (audience == Audience.COMPANY) {
      throw new NoticeForbidden("only the company's admin publishes to every household of the company");
    }
    Set<Long> mine = scopes.projectsOf(user.accountId()).stream().map(Project::id).collect(Collectors.toSet());
    if (households.stream().anyMatch(h -> !mine.contains(h.building().project().id()))) {
      throw new NoticeForbidden("a notice goes to households of the projects you work in");
    }
  }

  private List<Household> listed(List<Long> ids) {
    Set<Long> wanted = new TreeSet<>(ids);
    if (wanted.size() > MAX_HOUSEHOLDS_LISTED) {
      throw new IllegalArgumentException("householdIds: at most " + MAX_HOUSEHOLDS_LISTED
          + "; for more, choose a building or project");
    }
    List<Household> found = entityManagers.current()
        .createQuery("select h from Household h where h.id in :ids", Household.class)
        .setParameter("ids", wanted).getResultList();
    Set<Long> missing = new TreeSet<>(wanted);
    found.forEach(h -> missing.remove(h.id()));
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("householdIds: not households of the company: " + missing);
    }
    return found;
  }

  /** @return every notice of the company with its reach, newest first (staff; messages sent in {@link #reach}) */
  public List<Reach> published(SignedInUser user) {
    publisher(user);
    var entityManager = entityManagers.current();
    List<Notice> notices = entityManager
        .createQuery("select n from Notice n order by n.publishedAt desc, n.id desc", Notice.class)
        .setMaxResults(200).getResultList();
    if (notices.isEmpty()) {
      return List.of();
    }
    // the households, reads and acknowledgements of the whole list in one grouped query
    Map<Long, long[]> counts = entityManager.createQuery("select r.notice.id, count(r), count(r.readAt),"
            + " count(r.acknowledgedAt) from NoticeReceipt r where r.notice in :n group by r.notice.id", Object[].class)
        .setParameter("n", notices).getResultStream()
        .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> new long[] {
            ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
    return notices.stream().map(n -> {
      long[] c = counts.getOrDefault(n.id(), new long[3]);
      return new Reach(n, c[0], c[1], c[2], Map.of());
    }).toList();
  }

  /** @throws NoSuchElementException when it is not the company's */
  public Reach reach(SignedInUser user, long noticeId) {
    publisher(user);
    Notice notice = find(noticeId);
    Object[] c = entityManagers.current().createQuery("select count(r), count(r.readAt), count(r.acknowledgedAt)"
        + " from NoticeReceipt r where r.notice = :n", Object[].class).setParameter("n", notice).getSingleResult();
    return new Reach(notice, ((Number) c[0]).longValue(), ((Number) c[1]).longValue(), ((Number) c[2]).longValue(),
        deliveries.summary(about(notice)));
  }

  /**
   * @return for a member of an owners' or residents' committee, the notices out to households of the projects whose
   *     committee they sit on, newest first, with the reach among those households only; empty for anyone else
   */
  public List<Reach> forCommittee(SignedInUser user) {
    if (user.kind() != AccountKind.RESIDENT) {
      return List.of();
    }
    List<Project> projects = people.resident(user.accountId()).map(people::seatsOf).orElse(List.of()).stream()
        .map(CommitteeSeat::project).distinct().toList();
    if (projects.isEmpty()) {
      return List.of();
    }
    var entityManager = entityManagers.current();
    List<Object[]> rows = entityManager.createQuery("select r.notice.id, count(r), count(r.readAt),"
            + " count(r.acknowledgedAt) from NoticeReceipt r"
            + " where r.household.building.project in :p and r.notice.publishedAt <= :now"
            + " group by r.notice.id order by r.notice.id desc", Object[].class)
        .setParameter("p", projects).setParameter("now", clock.instant()).setMaxResults(100).getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Notice> notices = entityManager.createQuery("select n from Notice n where n.id in :ids", Notice.class)
        .setParameter("ids", rows.stream().map(r -> ((Number) r[0]).longValue()).toList()).getResultStream()
        .collect(Collectors.toMap(Notice::id, n -> n));
    return rows.stream().map(r -> new Reach(notices.get(((Number) r[0]).longValue()), ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), Map.of()))
        .sorted(Comparator.comparing((Reach r) -> r.notice().publishedAt()).reversed()).toList();
  }

  /** @return the notices out for the resident's household, newest first, with what the household did */
  public List<ForHousehold> forResident(SignedInUser user) {
    return entityManagers.current()
        .createQuery("select r from NoticeReceipt r join fetch r.notice n where r.household = :h"
            + " and n.publishedAt <= :now order by n.publishedAt desc, n.id desc", NoticeReceipt.class)
        .setParameter("h", householdOf(user)).setParameter("now", clock.instant())
        .setMaxResults(100).getResultStream()
        .map(r -> new ForHousehold(r.notice(), r.readAt() != null, r.acknowledgedAt() != null)).toList();
  }

  /** @return how many notices out for the resident's household it has not opened */
  public long unread(SignedInUser user) {
    return entityManagers.current()
        .createQuery("select count(r) from NoticeReceipt r where r.household = :h and r.readAt is null"
            + " and r.notice.publishedAt <= :now", Long.class)
        .setParameter("h", householdOf(user)).setParameter("now", clock.instant()).getSingleResult();
  }

  /** Opens a notice for the resident: the household has read it. @throws NoSuchElementException if not theirs */
  public ForHousehold read(SignedInUser user, long noticeId) {
    NoticeReceipt receipt = receipt(householdOf(user), noticeId);
    receipt.read(clock.instant());
    return new ForHousehold(receipt.notice(), true, receipt.acknowledgedAt() != null);
  }

  /** The resident says 已知晓 for their household (read too); reminders not yet sent are dropped. */
  public ForHousehold acknowledge(SignedInUser user, long noticeId) {
    Household household = householdOf(user);
    NoticeReceipt receipt = receipt(household, noticeId);
    Instant now = clock.instant();
    receipt.acknowledge(user.accountId(), now);
    deliveries.cancelPending(about(receipt.notice()), household, now);
    audit.record("notice.acknowledge", "notice", noticeId, household.unit());
    return new ForHousehold(receipt.notice(), true, true);
  }

  /** @return how deliveries name the notice they are about */
  static String about(Notice notice) {
    return "notice:" + notice.id();
  }

  private NoticeReceipt receipt(Household household, long noticeId) {
    return entityManagers.current()
        .createQuery("select r from NoticeReceipt r where r.notice.id = :n and r.household = :h"
            + " and r.notice.publishedAt <= :now", NoticeReceipt.class)
        .setParameter("n", noticeId).setParameter("h", household).setParameter("now", clock.instant())
        .getResultStream().findFirst()
        .orElseThrow(() -> new NoSuchElementException("notice " + noticeId));
  }

  private Notice find(long id) {
    return Optional.ofNullable(entityManagers.current().find(Notice.class, id))
        .orElseThrow(() -> new NoSuchElementException("notice " + id));
  }

  private Household householdOf(SignedInUser user) {
    if (user.kind() != AccountKind.RESIDENT) {
      throw new NoticeForbidden("only residents read notices as a household");
    }
    return people.resident(user.accountId()).map(Resident::household)
        .orElseThrow(() -> new NoSuchElementException("household of resident " + user.accountId()));
  }

  private StaffMember publisher(SignedInUser user) {
    if (user.kind() != AccountKind.STAFF || user.roles().stream().noneMatch(PUBLISHERS::contains)) {
      throw new NoticeForbidden("only the company's admin, directors, project managers, stewards and agents"
          + " publish notices");
    }
    return people.staff(user.accountId()).orElseThrow();
  }
}
