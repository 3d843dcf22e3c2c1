package io.linli.notice;

import io.linli.api.Role;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.people.PeopleRepository;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Publishing notices, a household's notices with what it read, and how far a notice has reached. */
@ApplicationScoped
@Transactional
public class NoticeService {

  /** Who publishes notices. */
  static final Set<Role> PUBLISHERS = Set.of(Role.TENANT_ADMIN, Role.REGIONAL_DIRECTOR, Role.PROJECT_MANAGER,
      Role.BUILDING_STEWARD, Role.CUSTOMER_SERVICE_AGENT);

  @Inject TenantEntityManager entityManagers;
  @Inject CommunityRepository community;
  @Inject PeopleRepository people;
  @Inject Clock clock;

  /** What staff write. */
  public record Draft(String title, String body, Severity severity, Long projectId) {}

  /** A notice as a household sees it. */
  public record ForHousehold(Notice notice, boolean read, boolean acknowledged) {}

  /** How far a notice has reached. */
  public record Reach(Notice notice, long households, long read, long acknowledged) {

    /** @return acknowledged households in percent of those it is for, 0–100 */
    public int acknowledgementRate() {
      return households == 0 ? 0 : (int) Math.round(acknowledged * 100.0 / households);
    }
  }

  /**
   * @throws NoticeForbidden unless a publisher (admin, director, project manager, steward, agent)
   * @throws NoSuchElementException when the project is not the tenant's
   */
  public Notice publish(SignedInUser user, Draft draft) {
    StaffMember publisher = publisher(user);
    Project project = draft.projectId() == null ? null
        : community.find(Project.class, draft.projectId()).orElseThrow();
    Notice notice = Notice.publish(project, draft.title(), draft.body(), draft.severity(), publisher,
        clock.instant());
    entityManagers.current().persist(notice);
    return notice;
  }

  /** @return every notice of the company with its reach, newest first (staff) */
  public List<Reach> published(SignedInUser user) {
    publisher(user);
    var entityManager = entityManagers.current();
    List<Notice> notices = entityManager
        .createQuery("select n from Notice n order by n.publishedAt desc, n.id desc", Notice.class)
        .setMaxResults(200).getResultList();
    if (notices.isEmpty()) {
      return List.of();
    }
    // three grouped counts for the whole list, not three per notice
    Map<Long, Long> householdsByProject = counts(entityManager.createQuery(
        "select h.building.project.id, count(h) from Household h group by h.building.project.id", Object[].class)
        .getResultList());
    long everyHousehold = householdsByProject.values().stream().mapToLong(Long::longValue).sum();
    Map<Long, Long> read = counts(entityManager.createQuery("select r.notice.id, count(r) from NoticeReceipt r"
        + " where r.notice in :n group by r.notice.id", Object[].class).setParameter("n", notices).getResultList());
    Map<Long, Long> acknowledged = counts(entityManager.createQuery("select r.notice.id, count(r) from NoticeReceipt r"
        + " where r.notice in :n and r.acknowledgedAt is not null group by r.notice.id", Object[].class)
        .setParameter("n", notices).getResultList());
    return notices.stream().map(n -> new Reach(n,
        n.project() == null ? everyHousehold : householdsByProject.getOrDefault(n.project().id(), 0L),
        read.getOrDefault(n.id(), 0L), acknowledged.getOrDefault(n.id(), 0L))).toList();
  }

  private static Map<Long, Long> counts(List<Object[]> rows) {
    return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
  }

  /** @throws NoSuchElementException when it is not the company's */
  public Reach reach(SignedInUser user, long noticeId) {
    publisher(user);
    return reach(find(noticeId));
  }

  /** @return the notices for the resident's household, newest first, with what the household read */
  public List<ForHousehold> forResident(SignedInUser user) {
    Household household = householdOf(user);
    List<Notice> notices = entityManagers.current()
        .createQuery("select n from Notice n where n.project is null or n.project = :p"
            + " order by n.publishedAt desc, n.id desc", Notice.class)
        .setParameter("p", household.building().project())
        .setMaxResults(100).getResultList();
    Map<Long, NoticeReceipt> receipts = entityManagers.current()
        .createQuery("select r from NoticeReceipt r where r.household = :h", NoticeReceipt.class)
        .setParameter("h", household).getResultList().stream()
        .collect(Collectors.toMap(r -> r.notice().id(), Function.identity()));
    return notices.stream().map(n -> new ForHousehold(n, receipts.containsKey(n.id()),
        Optional.ofNullable(receipts.get(n.id())).map(r -> r.acknowledgedAt() != null).orElse(false))).toList();
  }

  /** Opens a notice for the resident: the household has read it. @throws NoSuchElementException if not theirs */
  public ForHousehold read(SignedInUser user, long noticeId) {
    Household household = householdOf(user);
    NoticeReceipt receipt = receipt(household, forHousehold(household, noticeId));
    return new ForHousehold(receipt.notice(), true, receipt.acknowledgedAt() != null);
  }

  /** The resident says 已知晓 for their household (read too). */
  public ForHousehold acknowledge(SignedInUser user, long noticeId) {
    Household household = householdOf(user);
    NoticeReceipt receipt = receipt(household, forHousehold(household, noticeId));
    receipt.acknowledge(user.accountId(), clock.instant());
    return new ForHousehold(receipt.notice(), true, true);
  }

  private Reach reach(Notice notice) {
    var entityManager = entityManagers.current();
    long households = notice.project() == null
        ? entityManager.createQuery("select count(h) from Household h", Long.class).getSingleResult()
        : entityManager.createQuery("select count(h) from Household h where h.building.project = :p", Long.class)
            .setParameter("p", notice.project()).getSingleResult();
    long read = entityManager.createQuery("select count(r) from NoticeReceipt r where r.notice = :n", Long.class)
        .setParameter("n", notice).getSingleResult();
    long acknowledged = entityManager.createQuery(
            "select count(r) from NoticeReceipt r where r.notice = :n and r.acknowledgedAt is not null", Long.class)
        .setParameter("n", notice).getSingleResult();
    return new Reach(notice, households, read, acknowledged);
  }

  private NoticeReceipt receipt(Household household, Notice notice) {
    return entityManagers.current()
        .createQuery("select r from NoticeReceipt r where r.notice = :n and r.household = :h", NoticeReceipt.class)
        .setParameter("n", notice).setParameter("h", household).getResultStream().findFirst()
        .orElseGet(() -> {
          NoticeReceipt created = new NoticeReceipt(notice, household, clock.instant());
          entityManagers.current().persist(created);
          return created;
        });
  }

  private Notice forHousehold(Household household, long noticeId) {
    Notice notice = find(noticeId);
    if (notice.project() != null && !notice.project().id().equals(household.building().project().id())) {
      throw new NoSuchElementException("notice " + noticeId);
    }
    return notice;
  }

  private Notice find(long id) {
    return Optional.ofNullable(entityManagers.current().find(Notice.class, id))
        .orElseThrow(() -> new NoSuchElementException("notice " + id));
  }

  private Household householdOf(SignedInUser user) {
    if (user.kind() != AccountKind.RESIDENT) {
      throw new NoticeForbidden("only residents read notices as a household");
    }
    return people.resident(user.accountId()).map(r -> r.household())
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
