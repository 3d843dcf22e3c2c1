package io.linli.ticket;

import io.linli.api.Label;
import io.linli.api.TicketSummary;
import io.linli.community.Building;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.people.Resident;
import io.linli.people.StaffMember;
import io.linli.sla.ClockKind;
import io.linli.sla.EscalationLevel;
import io.linli.sla.EscalationPolicy;
import io.linli.sla.SlaClock;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 工单: one request of a household, from filing to closing. It decides its own transitions and keeps its clocks;
 * each change is recorded as a {@link TicketEvent} for the service to store.
 */
@Entity
@Table(name = "ticket")
public class Ticket extends TenantOwned {

  /** How long after the resolution an owner may reopen, unless the tenant says otherwise in sla.yaml. */
  public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(7);

  /** How long after the service the owner is asked for their satisfaction (REQUIREMENTS Core 4). */
  public static final Duration SATISFACTION_DELAY = Duration.ofDays(3);

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  /** The household's building and project, kept on the ticket so queues filter by them with an index. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "building_id")
  private Building building;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id")
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reporter_id")
  private Resident reporter;

  /** 首问负责: the agent who first took the request stays the owner's contact until closing. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "first_agent_id")
  private StaffMember firstAgent;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private StaffMember assignee;

  @Column(name = "category", length = 32, nullable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 8, nullable = false)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 12, nullable = false)
  private Channel channel;

  @Column(name = "title", length = 120, nullable = false)
  private String title;

  @Column(name = "description", length = 4000)
  private String description;

  @jakarta.persistence.Embedded private TicketLocation location = TicketLocation.unit();

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "escalation_level", length = 20, nullable = false)
  private EscalationLevel escalationLevel = EscalationLevel.BUILDING_STEWARD;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "rating")
  private Integer rating;

  @Column(name = "rating_comment", length = 1000)
  private String ratingComment;

  @Column(name = "urge_count", nullable = false)
  private int urgeCount;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  /** When the owner is to be asked how the service was; null once asked, rated, or back in work. */
  @Column(name = "satisfaction_due_at")
  private Instant satisfactionDueAt;

  /** When the owner was asked: once per ticket, however often it is reopened. */
  @Column(name = "satisfaction_requested_at")
  private Instant satisfactionRequestedAt;

  /** 重复投诉: the household reported this category often enough recently to need a closer look. */
  @Column(name = "repeat_complaint", nullable = false)
  private boolean repeat;

  /** Waiting in the grab pool (抢单) for a technician to claim it. */
  @Column(name = "pooled", nullable = false)
  private boolean pooled;

  @Column(name = "dispatched_at")
  private Instant dispatchedAt;

  /** Optimistic lock: of two people acting at once (two claims of a pooled ticket), the second fails. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "idempotency_key", length = 80)
  private String idempotencyKey;

  @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
  @MapKey(name = "kind")
  private Map<ClockKind, TicketClock> clocks = new HashMap<>();

  @Transient private List<TicketEvent> recorded = new ArrayList<>();

  protected Ticket() {}

  /** What an owner or an agent reports, and where (the household's unit unless said otherwise). */
  public record Report(String category, Priority priority, Channel channel, String title, String description,
      TicketLocation location) {
    public Report {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(priority, "priority");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(location, "location");
    }

    public Report(String category, Priority priority, Channel channel, String title, String description) {
      this(category, priority, channel, title, description, TicketLocation.unit());
    }
  }

  /**
   * Files a request of {@code household}. An agent filing for an owner who phoned becomes the first-ask contact.
   * The response, on-site and resolution clocks start now, as the category's policy says.
   */
  public static Ticket file(Report report, Household household, Resident reporter, StaffMember agent, Actor actor,
      SlaTerms terms, String idempotencyKey, Instant now) {
    Ticket ticket = new Ticket();
    ticket.household = household;
    ticket.building = household.building();
    ticket.project = household.building().project();
    ticket.reporter = reporter;
    ticket.firstAgent = agent;
    ticket.category = report.category();
    ticket.priority = report.priority();
    ticket.channel = report.channel();
    ticket.title = report.title();
    ticket.description = report.description();
    ticket.location = report.location();
    ticket.status = TicketStatus.RECEIVED;
    ticket.createdAt = now;
    ticket.idempotencyKey = idempotencyKey;
    ticket.startClocks(terms, now, ClockKind.RESPONSE, ClockKind.ON_SITE, ClockKind.RESOLUTION);
    ticket.record(TicketAction.FILE, actor, report.channel(), report.title(), now);
    return ticket;
  }

  /** Flags the ticket as a repeat complaint of its household (see {@link RepeatRule}). */
  public void markRepeat() {
    repeat = true;
  }

  public boolean isRepeat() {
    return repeat;
  }

  /** Sets the category and priority; the clocks restart from filing under the new policy. */
  public void classify(String category, Priority priority, SlaTerms terms, Actor actor, Instant now) {
    require(TicketAction.CLASSIFY);
    this.category = category;
    this.priority = priority;
    startClocks(terms, createdAt, Arrays.stream(new ClockKind[] {ClockKind.RESPONSE, ClockKind.ON_SITE,
        ClockKind.RESOLUTION}).filter(k -> !clocks.containsKey(k) || clocks.get(k).clock().stoppedAt().isEmpty())
        .toArray(ClockKind[]::new));
    record(TicketAction.CLASSIFY, actor, Channel.SYSTEM, category + " / " + priority, now);
  }

  /** Gives the ticket to someone to handle; the first dispatch answers the owner's request in time or not. */
  public void dispatch(StaffMember to, Actor actor, Instant now) {
    require(TicketAction.DISPATCH);
    assign(to, now);
    record(TicketAction.DISPATCH, actor, Channel.SYSTEM, to.displayName(), now);
  }

  /** Puts a new ticket in the grab pool of its project's technicians. */
  public void pool(Instant now) {
    require(TicketAction.DISPATCH);
    pooled = true;
    record(TicketAction.POOL, Actor.system(), Channel.SYSTEM, null, now);
  }

  /** 抢单: a technician takes a pooled ticket; only one can. */
  public void claim(StaffMember technician, Actor actor, Instant now) {
    if (!pooled || assignee != null) {
      throw new IllegalTicketTransition(status, TicketAction.CLAIM, "it is not in the pool");
    }
    require(TicketAction.CLAIM);
    assign(technician, now);
    record(TicketAction.CLAIM, actor, Channel.APP, technician.displayName(), now);
  }

  private void assign(StaffMember to, Instant now) {
    this.assignee = Objects.requireNonNull(to, "assignee");
    this.pooled = false;
    this.dispatchedAt = now;
    if (status == TicketStatus.RECEIVED) {
      status = TicketStatus.DISPATCHED;
    }
    stopClock(ClockKind.RESPONSE, now);
  }

  public boolean isPooled() {
    return pooled;
  }

  public void start(Actor actor, Instant now) {
    require(TicketAction.START);
    status = TicketStatus.IN_PROGRESS;
    stopClock(ClockKind.RESPONSE, now);
    record(TicketAction.START, actor, Channel.SYSTEM, null, now);
  }

  /** 到场: someone is on site; the on-site clock stops. */
  public void arrive(Actor actor, Instant now) {
    require(TicketAction.ARRIVE);
    stopClock(ClockKind.ON_SITE, now);
    record(TicketAction.ARRIVE, actor, Channel.VISIT, null, now);
  }

  /** 挂起: waiting for the owner, parts or a third party; the resolution clock pauses. */
  public void hold(String reason, Actor actor, Instant now) {
    require(TicketAction.HOLD);
    requireText(reason, "a reason is required");
    status = TicketStatus.ON_HOLD;
    changeClock(ClockKind.RESOLUTION, c -> c.pause(now));
    record(TicketAction.HOLD, actor, Channel.SYSTEM, reason, now);
  }

  public void resume(Actor actor, Instant now) {
    require(TicketAction.RESUME);
    status = TicketStatus.IN_PROGRESS;
    changeClock(ClockKind.RESOLUTION, c -> c.resume(now));
    record(TicketAction.RESUME, actor, Channel.SYSTEM, null, now);
  }

  /** Handled, with the feedback given to the owner; a complaint's return-visit clock starts. */
  public void resolve(String feedback, SlaTerms terms, Actor actor, Channel channel, Instant now) {
    require(TicketAction.RESOLVE);
    requireText(feedback, "the feedback to the owner is required");
    status = TicketStatus.RESOLVED;
    resolvedAt = now;
    stopClock(ClockKind.RESPONSE, now);
    stopClock(ClockKind.ON_SITE, now);
    stopClock(ClockKind.RESOLUTION, now);
    startClocks(terms, now, ClockKind.RETURN_VISIT);
    if (satisfactionRequestedAt == null && rating == null) {
      satisfactionDueAt = now.plus(SATISFACTION_DELAY);
    }
    record(TicketAction.RESOLVE, actor, channel, feedback, now);
  }

  /** 回访: staff called the owner back after resolution. */
  public void returnVisit(String note, Actor actor, Channel channel, Instant now) {
    require(TicketAction.RETURN_VISIT);
    requireText(note, "what the owner said is required");
    stopClock(ClockKind.RETURN_VISIT, now);
    record(TicketAction.RETURN_VISIT, actor, channel, note, now);
  }

  /** Closes a resolved ticket; one that owes a return visit (a complaint) must have had it. */
  public void close(Actor actor, Instant now) {
    require(TicketAction.CLOSE);
    TicketClock returnVisit = clocks.get(ClockKind.RETURN_VISIT);
    if (returnVisit != null && returnVisit.clock().stoppedAt().isEmpty()) {
      throw new IllegalTicketTransition(status, TicketAction.CLOSE, "the return visit is still due");
    }
    status = TicketStatus.CLOSED;
    record(TicketAction.CLOSE, actor, Channel.SYSTEM, null, now);
  }

  /** The owner is not satisfied: back to work, with a new resolution clock. */
  public void reopen(String reason, SlaTerms terms, Actor actor, Channel channel, Instant now) {
    require(TicketAction.REOPEN);
    requireText(reason, "a reason is required");
    status = TicketStatus.IN_PROGRESS;
    reopenCount++;
    resolvedAt = null;
    satisfactionDueAt = null;
    clocks.remove(ClockKind.RETURN_VISIT);
    startClocks(terms, now, ClockKind.RESOLUTION);
    record(TicketAction.REOPEN, actor, channel, reason, now);
  }

  /**
   * The owner is not satisfied, within {@code window} of the resolution: past it, the owner files anew.
   *
   * @throws IllegalTicketTransition when the window has passed (or the status does not allow reopening)
   */
  public void reopenByOwner(String reason, SlaTerms terms, Duration window, Actor actor, Channel channel,
      Instant now) {
    require(TicketAction.REOPEN);
    Optional<Instant> until = reopenableUntil(window);
    if (until.isPresent() && now.isAfter(until.get())) {
      throw new IllegalTicketTransition(status, TicketAction.REOPEN, "the window to reopen ("
          + io.linli.sla.Durations.format(window) + " after the resolution) ended at "
          + until.get().atZone(io.linli.tenancy.Tenant.ZONE).toLocalDateTime().withSecond(0).withNano(0)
          + " (company time); please file a new request");
    }
    reopen(reason, terms, actor, channel, now);
  }

  /** @return until when its owner may reopen the ticket, once it is resolved */
  public Optional<Instant> reopenableUntil(Duration window) {
    return status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED
        ? Optional.ofNullable(resolvedAt).map(at -> at.plus(window))
        : Optional.empty();
  }

  /** The owner's evaluation, 1 to 5 stars. */
  public void rate(int stars, String comment, Actor actor, Channel channel, Instant now) {
    require(TicketAction.RATE);
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("a rating is 1 to 5 stars");
    }
    rating = stars;
    ratingComment = comment;
    satisfactionDueAt = null; // the owner said it unasked
    record(TicketAction.RATE, actor, channel, stars + "★" + (comment == null ? "" : " " + comment), now);
  }

  /**
   * Asks the owner how the service was, once its time has come ({@link #SATISFACTION_DELAY} after resolution), and
   * only once per ticket.
   *
   * @return whether the ticket asked now
   */
  public boolean askRating(Instant now) {
    if (satisfactionDueAt == null || now.isBefore(satisfactionDueAt)) {
      return false;
    }
    satisfactionDueAt = null;
    if (!TicketAction.ASK_RATING.isAllowedIn(status)) {
      return false;
    }
    satisfactionRequestedAt = now;
    record(TicketAction.ASK_RATING, Actor.system(), Channel.SYSTEM, null, now);
    return true;
  }

  /** 催单: the owner or an agent presses for progress. */
  public void urge(String note, Actor actor, Channel channel, Instant now) {
    require(TicketAction.URGE);
    urgeCount++;
    record(TicketAction.URGE, actor, channel, note, now);
  }

  /**
   * Attaches a photo, checked by its own bytes.
   *
   * @param alreadyAttached how many photos the ticket holds
   * @throws PhotoRejected when it is too large, not a JPEG/PNG/WebP image, or one too many
   */
  public TicketPhoto attach(byte[] content, long alreadyAttached, Actor actor, Channel channel, Instant now) {
    if (content.length > Photo.MAX_BYTES) {
      throw new PhotoRejected(PhotoRejected.Reason.TOO_LARGE, "a photo is at most " + Photo.MAX_BYTES + " bytes");
    }
    Photo kind = Photo.of(content).orElseThrow(
        () -> new PhotoRejected(PhotoRejected.Reason.NOT_AN_IMAGE, "a photo must be a JPEG, PNG or WebP image"));
    if (alreadyAttached >= Photo.MAX_PER_TICKET) {
      throw new PhotoRejected(PhotoRejected.Reason.TOO_MANY,
          "a ticket holds at most " + Photo.MAX_PER_TICKET + " photos");
    }
    record(TicketAction.ATTACH, actor, channel, kind.mediaType() + ", " + content.length + " bytes", now);
    return new TicketPhoto(this, kind, content, actor, now);
  }

  public void comment(String text, Actor actor, Channel channel, Instant now) {
    requireText(text, "the comment is empty");
    record(TicketAction.COMMENT, actor, channel, text, now);
  }

  /** What a clock check found: warn the current level, or tell the level the ticket escalated to. */
  public record SlaAlert(TicketAction action, ClockKind clock, EscalationLevel level) {}

  /**
   * Looks at one clock at {@code now}: at 75 % of its time the current level is warned; at its breach the ticket goes
   * one level up (steward → project manager → regional director), and each further {@code policy} period the clock
   * still runs, one more. Each happens once: the clock remembers it.
   */
  public Optional<SlaAlert> checkClock(ClockKind kind, EscalationPolicy policy, Instant now) {
    TicketClock row = clocks.get(kind);
    if (row == null || !status.isOpen() && kind != ClockKind.RETURN_VISIT) {
      return Optional.empty();
    }
    SlaClock clock = row.clock();
    if (clock.stoppedAt().isPresent() || clock.isPaused()) {
      return Optional.empty();
    }
    if (clock.breachedAt(now)) {
      boolean firstBreach = row.breachedAt() == null;
      boolean levelsTime = row.breachedAt() != null && row.nextCheck() != null && !now.isBefore(row.nextCheck());
      if (!firstBreach && !levelsTime) {
        return Optional.empty();
      }
      Optional<EscalationLevel> up = escalationLevel.next();
      if (up.isEmpty()) {
        row.escalated(now, null);
        return Optional.empty();
      }
      escalationLevel = up.get();
      row.escalated(now, escalationLevel.next().isPresent() ? policy.nextEscalationAt(now) : null);
      record(TicketAction.ESCALATE, Actor.system(), Channel.SYSTEM, kind.name() + " → " + escalationLevel.name(), now);
      return Optional.of(new SlaAlert(TicketAction.ESCALATE, kind, escalationLevel));
    }
    if (row.warnedAt() == null && !now.isBefore(clock.warnAt())) {
      row.warned(now);
      record(TicketAction.WARN, Actor.system(), Channel.SYSTEM, kind.name(), now);
      return Optional.of(new SlaAlert(TicketAction.WARN, kind, escalationLevel));
    }
    return Optional.empty();
  }

  /** @return how many times the ticket was changed: a request made on an older version is refused */
  public long version() {
    return version;
  }

  /** @return the actions the ticket's status allows now */
  public List<TicketAction> allowedActions() {
    return Arrays.stream(TicketAction.values())
        .filter(a -> a != TicketAction.FILE && a != TicketAction.ESCALATE && a != TicketAction.WARN
            && a != TicketAction.POOL && a != TicketAction.ATTACH && a != TicketAction.ASK_RATING)
        .filter(a -> a != TicketAction.CLAIM || pooled && assignee == null)
        .filter(a -> a.isAllowedIn(status))
        .toList();
  }

  /** @return the running clock that is due first: what the queue's countdown shows */
  public Optional<SlaClock> nextDeadline() {
    return clocks.values().stream()
        .map(TicketClock::clock)
        .filter(c -> c.stoppedAt().isEmpty())
        .min(Comparator.comparing(SlaClock::dueAt));
  }

  public Optional<SlaClock> clock(ClockKind kind) {
    return Optional.ofNullable(clocks.get(kind)).map(TicketClock::clock);
  }

  /** @return the events recorded since the last call, for the service to store */
  public List<TicketEvent> drainEvents() {
    List<TicketEvent> events = List.copyOf(recorded);
    recorded.clear();
    return events;
  }

  /**
   * Starts each clock the policy has; a kind's row is restarted rather than replaced, since deleting and inserting
   * the same kind in one flush breaks its unique key (the database sees the insert first).
   */
  private void startClocks(SlaTerms terms, Instant start, ClockKind... kinds) {
    for (ClockKind kind : kinds) {
      Optional<Instant> due = terms.policy().dueAt(kind, start, terms.calendar());
      TicketClock row = clocks.get(kind);
      if (due.isEmpty()) {
        clocks.remove(kind);
      } else if (row == null) {
        clocks.put(kind, new TicketClock(this, SlaClock.start(kind, start, due.get())));
      } else {
        row.restart(SlaClock.start(kind, start, due.get()));
      }
    }
  }

  private void stopClock(ClockKind kind, Instant now) {
    changeClock(kind, c -> c.stoppedAt().isPresent() ? c : c.stop(now));
  }

  private void changeClock(ClockKind kind, java.util.function.UnaryOperator<SlaClock> change) {
    TicketClock clock = clocks.get(kind);
    if (clock != null) {
      clock.update(change.apply(clock.clock()));
    }
  }

  private void require(TicketAction action) {
    if (!action.isAllowedIn(status)) {
      throw new IllegalTicketTransition(status, action, null);
    }
  }

  private static void requireText(String text, String why) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(why);
    }
  }

  private void record(TicketAction action, Actor actor, Channel via, String text, Instant now) {
    updatedAt = now;
    recorded.add(new TicketEvent(this, now, action, actor, via, text));
  }

  public Household household() {
    return household;
  }

  public Building building() {
    return building;
  }

  public Project project() {
    return project;
  }

  public Resident reporter() {
    return reporter;
  }

  public StaffMember firstAgent() {
    return firstAgent;
  }

  public StaffMember assignee() {
    return assignee;
  }

  public String category() {
    return category;
  }

  public Priority priority() {
    return priority;
  }

  public Channel channel() {
    return channel;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** @return where the problem is; the unit for tickets filed before locations were recorded */
  public TicketLocation location() {
    return location == null ? TicketLocation.unit() : location;
  }

  public TicketStatus status() {
    return status;
  }

  public EscalationLevel escalationLevel() {
    return escalationLevel;
  }

  /** @return the ticket as plugins see it */
  public TicketSummary summary() {
    return new TicketSummary(id() == null ? 0 : id(), category, status.name(), title, project.id(),
        new Label(project.name().zh(), project.name().en()), building.id(), household.id(),
        reporter == null ? null : reporter.id(), createdAt, resolvedAt, rating);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Integer rating() {
    return rating;
  }

  public String ratingComment() {
    return ratingComment;
  }

  public Optional<Instant> satisfactionRequestedAt() {
    return Optional.ofNullable(satisfactionRequestedAt);
  }

  public int urgeCount() {
    return urgeCount;
  }

  public int reopenCount() {
    return reopenCount;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }
}
