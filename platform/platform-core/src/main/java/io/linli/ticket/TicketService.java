package io.linli.ticket;

import io.linli.api.Role;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.audit.AuditLog;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.people.PeopleRepository;
import io.linli.people.Resident;
import io.linli.people.ResidentRelation;
import io.linli.people.StaffAssignment;
import io.linli.people.StaffMember;
import io.linli.people.StaffScope;
import io.linli.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Files tickets, applies people's actions to them, and reads queues and timelines, each within what they may see. */
@ApplicationScoped
@Transactional
public class TicketService {

  static final int MAX_IDEMPOTENCY_KEY = 80;

  @Inject TicketRepository tickets;
  @Inject PeopleRepository people;
  @Inject CommunityRepository community;
  @Inject SlaTermsProvider terms;
  @Inject Clock clock;
  @Inject Event<TicketFiled> filed;
  @Inject Instance<DispatchCheck> dispatchChecks;
  @Inject AuditLog audit;

  private final RepeatRule repeatRule = RepeatRule.defaults();

  /** A request to file: a resident files for their own household, staff name the household. */
  public record Filing(Long householdId, Ticket.Report report) {}

  /** The outcome of filing: the ticket, and whether this call created it (false for a repeated idempotency key). */
  public record Filed(Ticket ticket, boolean created) {}

  /**
   * Files a ticket. With an idempotency key, a repeated request returns the ticket the first one created.
   *
   * @throws java.util.NoSuchElementException when the household is not one the person may file for
   */
  public Filed file(SignedInUser user, Filing filing, String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
      throw new IllegalArgumentException("an Idempotency-Key is 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
    }
    if (idempotencyKey != null) {
      Optional<Ticket> earlier = tickets.byIdempotencyKey(idempotencyKey);
      if (earlier.isPresent()) {
        return new Filed(loaded(earlier.get()), false);
      }
    }
    Household household;
    Resident reporter;
    StaffMember agent = null;
    if (user.kind() == AccountKind.RESIDENT) {
      reporter = people.resident(user.accountId()).orElseThrow();
      household = Optional.ofNullable(reporter.household())
          .filter(h -> filing.householdId() == null || h.id().equals(filing.householdId()))
          .orElseThrow();
    } else {
      if (filing.householdId() == null) {
        throw new IllegalArgumentException("householdId: staff filing a ticket name the household");
      }
      household = community.find(Household.class, filing.householdId())
          .filter(h -> visibilityOf(user).includesPlace(h.building().project().id(), h.building().id()))
          .orElseThrow();
      reporter = people.residents(household).stream()
          .filter(r -> r.relation() == ResidentRelation.OWNER).findFirst().orElse(null);
      StaffMember staff = people.staff(user.accountId()).orElseThrow();
      agent = staff.role() == Role.CUSTOMER_SERVICE_AGENT ? staff : null;
    }
    Ticket.Report report = filing.report();
    Instant now = clock.instant();
    Ticket ticket = Ticket.file(report, household, reporter, agent, Actor.of(user),
        terms.termsFor(report.category(), report.priority()), idempotencyKey, now);
    if (repeatRule.isRepeat(tickets.countSince(household, report.category(), repeatRule.windowStart(now)))) {
      ticket.markRepeat();
    }
    tickets.dispatchRule(report.category()).ifPresent(rule -> dispatchByRule(ticket, rule, now));
    tickets.store(ticket);
    audit.record("ticket.file", "ticket", ticket.id(), ticket.title() + " · " + household.unit());
    filed.fire(new TicketFiled(TenantContext.require(), ticket.summary()));
    return new Filed(loaded(ticket), true);
  }

  /** @return the ticket if the person may see it, with what its page shows */
  public Optional<Ticket> ticket(SignedInUser user, long id) {
    return tickets.find(id).filter(visibilityOf(user)::includes).map(this::loaded);
  }

  public List<TicketEvent> timeline(SignedInUser user, long id) {
    return ticket(user, id).map(tickets::timeline).orElseThrow();
  }

  /** @return the household's tickets, newest first, if the person may see them */
  public List<Ticket> ofHousehold(SignedInUser user, Household household) {
    TicketVisibility visibility = visibilityOf(user);
    return tickets.ofHousehold(household).stream().filter(visibility::includes).map(this::loaded).toList();
  }

  public List<Ticket> queue(SignedInUser user, TicketQuery query) {
    return tickets.page(visibilityOf(user), query).stream().map(this::loaded).toList();
  }

  /** What a person asks to do to a ticket, with what they said and by which channel. */
  /**
   * An action on a ticket; {@code expectedVersion}, when given, is the {@link Ticket#version()} the person saw, and
   * the action is refused if the ticket changed since.
   */
  public record Request(TicketAction action, String text, Long assigneeId, String category, Priority priority,
      Integer rating, Channel channel, Long expectedVersion) {}

  /**
   * Applies an action.
   *
   * @throws java.util.NoSuchElementException when the ticket (or the assignee) is not visible to the person
   * @throws TicketForbidden when the person may see the ticket but not do this (see {@link ActionPermissions})
   * @throws TicketChangedMeanwhile when the ticket changed since the version the person saw
   * @throws IllegalTicketTransition when the ticket's status does not allow it
   */
  public Ticket act(SignedInUser user, long id, Request request) {
    Ticket ticket = tickets.find(id).filter(visibilityOf(user)::includes).orElseThrow();
    if (!ActionPermissions.allows(user, request.action(), isAssignedTo(ticket, user))) {
      throw new TicketForbidden(request.action());
    }
    if (request.expectedVersion() != null && request.expectedVersion() != ticket.version()) {
      throw new TicketChangedMeanwhile(ticket, request.action());
    }
    Actor actor = Actor.of(user);
    Instant now = clock.instant();
    Channel channel = request.channel() == null ? Channel.PORTAL : request.channel();
    SlaTerms ticketTerms = terms.termsFor(ticket.category(), ticket.priority());
    switch (request.action()) {
      case CLASSIFY -> {
        String category = Optional.ofNullable(request.category()).orElse(ticket.category());
        Priority priority = Optional.ofNullable(request.priority()).orElse(ticket.priority());
        ticket.classify(category, priority, terms.termsFor(category, priority), actor, now);
      }
      case DISPATCH -> {
        StaffMember assignee = people.staff(Optional.ofNullable(request.assigneeId()).orElseThrow()).orElseThrow();
        Optional<String> refusal = refusals(ticket).apply(assignee);
        if (refusal.isPresent()) {
          throw new DispatchRefused(assignee.displayName(), refusal.get());
        }
        ticket.dispatch(assignee, actor, now);
      }
      case START -> ticket.start(actor, now);
      case ARRIVE -> ticket.arrive(actor, now);
      case HOLD -> ticket.hold(request.text(), actor, now);
      case RESUME -> ticket.resume(actor, now);
      case RESOLVE -> ticket.resolve(request.text(), ticketTerms, actor, channel, now);
      case RETURN_VISIT -> ticket.returnVisit(request.text(), actor, channel, now);
      case CLOSE -> ticket.close(actor, now);
      case REOPEN -> {
        if (user.kind() == AccountKind.RESIDENT) {
          ticket.reopenByOwner(request.text(), ticketTerms, terms.reopenWindow(), actor, channel, now);
        } else {
          ticket.reopen(request.text(), ticketTerms, actor, channel, now);
        }
      }
      case RATE -> ticket.rate(Optional.ofNullable(request.rating()).orElse(0), request.text(), actor, channel, now);
      case URGE -> ticket.urge(request.text(), actor, channel, now);
      case COMMENT -> ticket.comment(request.text(), actor, channel, now);
      case CLAIM -> {
        StaffMember technician = people.staff(user.accountId()).orElseThrow();
        if (technician.role() != Role.TECHNICIAN) {
          throw new TicketForbidden(TicketAction.CLAIM);
        }
        ticket.claim(technician, actor, now);
      }
      default -> throw new TicketForbidden(request.action());
    }
    try {
      tickets.store(ticket);
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new TicketChangedMeanwhile(ticket, request.action());
    }
    audit.record("ticket." + request.action().name().toLowerCase(), "ticket", id, ticket.status().name()
        + (request.text() == null ? "" : " · " + request.text()));
    return loaded(ticket);
  }

  /** @return what the person may do to the ticket now: what its status allows, and they may do */
  public List<TicketAction> actionsFor(SignedInUser user, Ticket ticket) {
    boolean assigned = isAssignedTo(ticket, user);
    return ticket.allowedActions().stream().filter(a -> ActionPermissions.allows(user, a, assigned)).toList();
  }

  private static boolean isAssignedTo(Ticket ticket, SignedInUser user) {
    return user.isStaff() && ticket.assignee() != null && ticket.assignee().id() == user.accountId();
  }

  /** Dispatches a new ticket as the tenant's rule for its category says; no one fitting leaves it to the agents. */
  private void dispatchByRule(Ticket ticket, DispatchRule rule, Instant now) {
    switch (rule.mode()) {
      case STEWARD -> people.staffAssignedTo(Role.BUILDING_STEWARD, ticket.building()).stream()
          .filter(s -> people.assignmentsOf(s).stream()
              .anyMatch(a -> a.building() != null && a.building().id().equals(ticket.building().id())))
          .findFirst()
          .ifPresent(steward -> ticket.dispatch(steward, Actor.system(), now));
      case ROUND_ROBIN -> {
        Function<StaffMember, Optional<String>> refusals = refusals(ticket);
        List<StaffMember> technicians = people.staffAssignedTo(Role.TECHNICIAN, ticket.building()).stream()
            .filter(t -> rule.skill() == null || t.skills().contains(rule.skill()))
            .filter(t -> refusals.apply(t).isEmpty())
            .toList();
        List<Long> ids = technicians.stream().map(StaffMember::id).toList();
        RoundRobin.next(ids, tickets.lastDispatched(ids)).ifPresent(next -> ticket.dispatch(
            technicians.stream().filter(t -> t.id().equals(next)).findFirst().orElseThrow(), Actor.system(), now));
      }
      case POOL -> ticket.pool(now);
      case MANUAL -> { }
    }
  }

  /** @return the first refusal of any dispatch check, per candidate */
  private Function<StaffMember, Optional<String>> refusals(Ticket ticket) {
    List<Function<StaffMember, Optional<String>>> checks = dispatchChecks.stream()
        .map(check -> check.refusalsFor(ticket)).toList();
    return candidate -> checks.stream().map(check -> check.apply(candidate)).flatMap(Optional::stream).findFirst();
  }

  /** @return the households a staff member may file for: those of the places they work in */
  public List<Household> householdsFor(SignedInUser user) {
    TicketVisibility visibility = visibilityOf(user);
    return community.households().stream()
        .filter(h -> visibility.includesPlace(h.building().project().id(), h.building().id()))
        .peek(h -> h.building().project().name())
        .toList();
  }

  /** @return who a ticket can be dispatched to: the technicians and stewards of its building's project */
  public List<StaffMember> assignableFor(SignedInUser user, long ticketId) {
    Ticket ticket = ticket(user, ticketId).orElseThrow();
    return java.util.stream.Stream.of(Role.TECHNICIAN, Role.BUILDING_STEWARD)
        .flatMap(role -> people.staffAssignedTo(role, ticket.building()).stream())
        .distinct()
        .toList();
  }

  /**
   * Attaches a photo to a ticket the person may see (owners to their own).
   *
   * @throws PhotoRejected when it is too large, not an image we accept, or one too many
   */
  public TicketPhoto attach(SignedInUser user, long ticketId, byte[] content, Channel channel) {
    Ticket ticket = tickets.find(ticketId).filter(visibilityOf(user)::includes).orElseThrow();
    TicketPhoto photo = ticket.attach(content, tickets.countPhotos(ticket), Actor.of(user),
        channel == null ? Channel.PORTAL : channel, clock.instant());
    tickets.store(photo);
    tickets.store(ticket);
    return photo;
  }

  public List<TicketPhoto> photos(SignedInUser user, long ticketId) {
    return ticket(user, ticketId).map(tickets::photos).orElseThrow();
  }

  /** @return the photo's bytes and kind, if the person may see its ticket */
  public TicketPhoto photo(SignedInUser user, long ticketId, long photoId) {
    Ticket ticket = ticket(user, ticketId).orElseThrow();
    TicketPhoto photo = tickets.photo(ticket, photoId).orElseThrow();
    photo.content();
    return photo;
  }

  /** @return until when the owner may reopen the ticket, once it is resolved (the tenant's window) */
  public Optional<Instant> reopenableUntil(Ticket ticket) {
    return ticket.reopenableUntil(terms.reopenWindow());
  }

  /** Which tickets a person may see (see {@link TicketVisibility}), and so which places they work in. */
  public TicketVisibility visibilityOf(SignedInUser user) {
    if (user.kind() == AccountKind.RESIDENT) {
      return people.resident(user.accountId())
          .map(Resident::household)
          .map(h -> TicketVisibility.household(h.id()))
          .orElse(TicketVisibility.nothing());
    }
    StaffMember staff = people.staff(user.accountId()).orElseThrow();
    if (staff.role() == Role.TENANT_ADMIN) {
      return TicketVisibility.everything();
    }
    List<StaffAssignment> assignments = people.assignmentsOf(staff);
    Set<Long> projects = staff.role() == Role.BUILDING_STEWARD || staff.role() == Role.TECHNICIAN
        ? Set.of()
        : StaffScope.projects(staff.role(), assignments, community.projects()).stream()
            .map(p -> p.id()).collect(Collectors.toSet());
    Set<Long> buildings = assignments.stream().filter(a -> a.building() != null)
        .map(a -> a.building().id()).collect(Collectors.toSet());
    Set<Long> pool = staff.role() != Role.TECHNICIAN
        ? Set.of()
        : StaffScope.projects(staff.role(), assignments, community.projects()).stream()
            .map(p -> p.id()).collect(Collectors.toSet());
    return new TicketVisibility(false, projects, buildings, staff.id(), null, pool);
  }

  /** Touches what the edges show, so they may use it after the transaction. */
  private Ticket loaded(Ticket ticket) {
    ticket.household().unit();
    ticket.building().name();
    ticket.project().name();
    if (ticket.assignee() != null) {
      ticket.assignee().displayName();
    }
    if (ticket.reporter() != null) {
      ticket.reporter().name();
    }
    if (ticket.firstAgent() != null) {
      ticket.firstAgent().displayName();
    }
    ticket.nextDeadline();
    return ticket;
  }
}
