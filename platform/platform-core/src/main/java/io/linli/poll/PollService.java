package io.linli.poll;

import io.linli.audit.AuditLog;
import io.linli.api.Role;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.people.CommitteeSeat;
import io.linli.people.PeopleRepository;
import io.linli.people.PeopleService;
import io.linli.people.Resident;
import io.linli.people.ResidentRelation;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Creating polls, voting, and who sees what: staff of the project see results and the audit at any time, so do the
 * project's committee members; the project's owners vote and see the results once the poll has closed.
 */
@ApplicationScoped
@Transactional
public class PollService {

  /** Who creates polls, for the projects they look after. */
  public static final Set<Role> CREATORS = Set.of(Role.TENANT_ADMIN, Role.REGIONAL_DIRECTOR, Role.PROJECT_MANAGER);

  @Inject TenantEntityManager entityManagers;
  @Inject AuditLog audit;
  @Inject CommunityRepository community;
  @Inject PeopleRepository people;
  @Inject PeopleService scopes;
  @Inject Clock clock;

  /**
   * A poll as the caller may see it.
   *
   * @param results present for staff and committee members, and for everyone once closed
   * @param ballot the caller's household's ballot
   * @param mayVote whether the caller is an owner of the project and voting is open
   * @param seesAudit whether the caller may see who voted
   */
  public record PollView(Poll poll, PollStatus status, Optional<Tally.Results> results, Optional<Ballot> ballot,
      boolean mayVote, boolean seesAudit) {}

  /** A poll in a list: how many households voted, and the caller's household's choice. */
  public record Listed(Poll poll, PollStatus status, long ballots, Optional<PollOption> choice) {}

  /** Who voted, when; for an open ballot also what. */
  public record AuditRow(Household household, Instant castAt, boolean changed, Optional<PollOption> option) {}

  /** What the caller is to the poll's project. */
  private record Access(boolean staff, boolean committee, Resident resident, Household household) {

    boolean seesResults() {
      return staff || committee;
    }

    boolean owner() {
      return household != null && resident.relation() == ResidentRelation.OWNER;
    }
  }

  /**
   * @throws PollForbidden unless an admin, director or project manager of the project
   * @throws NoSuchElementException when the project is not the tenant's
   */
  public Poll create(SignedInUser user, long projectId, Poll.Draft draft) {
    if (user.kind() != AccountKind.STAFF || user.roles().stream().noneMatch(CREATORS::contains)) {
      throw new PollForbidden("only the company's admin, regional directors and project managers create polls");
    }
    Project project = community.find(Project.class, projectId).orElseThrow();
    if (!inScope(user, project)) {
      throw new PollForbidden("projectId: not a project you look after");
    }
    StaffMember creator = people.staff(user.accountId()).orElseThrow();
    Poll poll = Poll.create(project, draft, creator, clock.instant());
    entityManagers.current().persist(poll);
    entityManagers.current().flush(); // the options' ids, for the answer
    audit.record("poll.create", "poll", poll.id(), poll.title());
    return poll;
  }

  /** @return staff: the polls of their projects; residents: their project's and their committees', newest first */
  public List<Listed> list(SignedInUser user) {
    List<Project> projects = user.isStaff() ? scopes.projectsOf(user.accountId()) : residentProjects(user);
    if (projects.isEmpty()) {
      return List.of();
    }
    var entityManager = entityManagers.current();
    List<Poll> polls = entityManager.createQuery("select p from Poll p where p.project in :projects"
            + " order by p.closesAt desc, p.id desc", Poll.class)
        .setParameter("projects", projects).setMaxResults(200).getResultList();
    if (polls.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> ballots = entityManager.createQuery("select b.poll.id, count(b) from Ballot b"
            + " where b.poll in :polls group by b.poll.id", Object[].class)
        .setParameter("polls", polls).getResultList().stream()
        .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    Map<Long, PollOption> choices = household(user).map(h -> entityManager.createQuery(
            "select b from Ballot b where b.household = :h and b.poll in :polls", Ballot.class)
        .setParameter("h", h).setParameter("polls", polls).getResultList().stream()
        .collect(Collectors.toMap(b -> b.poll().id(), Ballot::option))).orElse(Map.of());
    Instant now = clock.instant();
    return polls.stream().map(p -> new Listed(p, p.status(now), ballots.getOrDefault(p.id(), 0L),
        Optional.ofNullable(choices.get(p.id())))).toList();
  }

  /** @throws NoSuchElementException when the poll is not the tenant's or not of the caller's projects */
  public PollView view(SignedInUser user, long pollId) {
    Poll poll = find(pollId, false);
    return view(poll, access(user, poll));
  }

  /**
   * The caller's household votes for {@code optionId}; a second vote changes its ballot.
   *
   * @throws PollForbidden unless the caller is an owner of a household of the poll's project
   * @throws VotingClosed outside the voting window
   */
  public PollView vote(SignedInUser user, long pollId, long optionId) {
    // the poll's row is locked so that a household's two votes at one moment change one ballot, not race to two
    Poll poll = find(pollId, true);
    Access access = access(user, poll);
    if (!access.owner()) {
      throw new PollForbidden("only an owner of a household of the project votes for it");
    }
    Optional<Ballot> existing = ballotOf(poll, access.household());
    PollOption option = poll.options().stream().filter(o -> o.id() == optionId).findFirst().orElse(null);
    Ballot ballot = poll.vote(existing.orElse(null), access.household(), option, access.resident(),
        clock.instant());
    if (existing.isEmpty()) {
      entityManagers.current().persist(ballot);
    }
    audit.record("poll.vote", "poll", pollId, access.household().unit());
    return view(poll, access);
  }

  /**
   * @return the households that voted, the latest first
   * @throws PollForbidden unless staff of the project or a member of its committees
   */
  public List<AuditRow> audit(SignedInUser user, long pollId) {
    Poll poll = find(pollId, false);
    if (!access(user, poll).seesResults()) {
      throw new PollForbidden("only staff and committee members of the project see who voted");
    }
    return entityManagers.current()
        .createQuery("select b from Ballot b join fetch b.household where b.poll = :p", Ballot.class)
        .setParameter("p", poll).getResultList().stream()
        .sorted(Comparator.comparing(Ballot::castAt).reversed())
        .map(b -> new AuditRow(b.household(), b.castAt(), b.changed(),
            poll.secret() ? Optional.empty() : Optional.of(b.option())))
        .toList();
  }

  private PollView view(Poll poll, Access access) {
    PollStatus status = poll.status(clock.instant());
    Optional<Tally.Results> results = access.seesResults() || status == PollStatus.CLOSED
        ? Optional.of(results(poll)) : Optional.empty();
    Optional<Ballot> ballot = access.household() == null ? Optional.empty() : ballotOf(poll, access.household());
    return new PollView(poll, status, results, ballot, access.owner() && status == PollStatus.OPEN,
        access.seesResults());
  }

  private Tally.Results results(Poll poll) {
    var entityManager = entityManagers.current();
    Object[] electorate = entityManager.createQuery("select count(h), sum(h.floorArea) from Household h"
            + " where h.building.project = :p", Object[].class)
        .setParameter("p", poll.project()).getSingleResult();
    Map<Long, Tally.Count> byOption = new HashMap<>();
    entityManager.createQuery("select b.option.id, count(b), sum(b.household.floorArea) from Ballot b"
            + " where b.poll = :p group by b.option.id", Object[].class)
        .setParameter("p", poll).getResultList()
        .forEach(r -> byOption.put(((Number) r[0]).longValue(), count(r[1], r[2])));
    Map<PollOption, Tally.Count> ballots = new HashMap<>();
    poll.options().forEach(o -> Optional.ofNullable(byOption.get(o.id())).ifPresent(c -> ballots.put(o, c)));
    return Tally.count(poll, count(electorate[0], electorate[1]), ballots);
  }

  private static Tally.Count count(Object households, Object area) {
    return new Tally.Count(((Number) households).longValue(),
        area == null ? BigDecimal.ZERO : new BigDecimal(area.toString()));
  }

  private Optional<Ballot> ballotOf(Poll poll, Household household) {
    return entityManagers.current()
        .createQuery("select b from Ballot b where b.poll = :p and b.household = :h", Ballot.class)
        .setParameter("p", poll).setParameter("h", household).getResultStream().findFirst();
  }

  /** @throws NoSuchElementException when the caller has nothing to do with the poll's project */
  private Access access(SignedInUser user, Poll poll) {
    Project project = poll.project();
    if (user.kind() == AccountKind.STAFF) {
      if (inScope(user, project)) {
        return new Access(true, false, null, null);
      }
    } else if (user.kind() == AccountKind.RESIDENT) {
      Resident resident = people.resident(user.accountId()).orElseThrow();
      boolean committee = people.seatsOf(resident).stream().anyMatch(s -> s.project().id().equals(project.id()));
      Household household = resident.household() != null
          && resident.household().building().project().id().equals(project.id()) ? resident.household() : null;
      if (committee || household != null) {
        return new Access(false, committee, resident, household);
      }
    }
    throw new NoSuchElementException("poll " + poll.id());
  }

  private boolean inScope(SignedInUser user, Project project) {
    return scopes.projectsOf(user.accountId()).stream().anyMatch(p -> p.id().equals(project.id()));
  }

  private List<Project> residentProjects(SignedInUser user) {
    return people.resident(user.accountId()).map(resident -> Stream.concat(
            Stream.ofNullable(resident.household()).map(h -> h.building().project()),
            people.seatsOf(resident).stream().map(CommitteeSeat::project))
        .distinct().toList()).orElse(List.of());
  }

  private Optional<Household> household(SignedInUser user) {
    return user.kind() != AccountKind.RESIDENT ? Optional.empty()
        : people.resident(user.accountId()).map(Resident::household);
  }

  private Poll find(long id, boolean lock) {
    var entityManager = entityManagers.current();
    return Optional.ofNullable(lock ? entityManager.find(Poll.class, id, LockModeType.PESSIMISTIC_WRITE)
            : entityManager.find(Poll.class, id))
        .orElseThrow(() -> new NoSuchElementException("poll " + id));
  }
}
