package io.linli.web.rest;

import io.linli.sla.SlaClock;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketAction;
import io.linli.ticket.TicketEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON shapes of tickets. Times are ISO-8601 instants; each clock says its state now. {@code version} counts the
 * ticket's changes; it is also the ETag an action may name in {@code If-Match}.
 */
public record TicketJson(long id, long version, String category, String priority, String channel, String title,
    String description, String status, String escalationLevel, long householdId, String unit, long buildingId,
    String building, long projectId, String project, LocationJson location, Person reporter, Person firstAgent, Person assignee,
    Instant createdAt, Instant updatedAt, Instant resolvedAt, Integer rating, int urgeCount, int reopenCount,
    boolean repeatComplaint, List<ClockJson> clocks, ClockJson nextDue, List<String> allowedActions) {

  /** Where the problem is: {@code UNIT} (the household's), or {@code COMMON_AREA} of its building at {@code spot}. */
  public record LocationJson(String place, String spot) {}

  /** Someone named on a ticket. */
  public record Person(long id, String name) {}

  /** One service-level clock. */
  public record ClockJson(String kind, Instant startedAt, Instant dueAt, String state, long remainingSeconds,
      boolean paused, Instant stoppedAt) {
    static ClockJson of(SlaClock clock, Instant now) {
      return new ClockJson(clock.kind().name(), clock.startedAt(), clock.dueAt(), clock.state(now).name(),
          clock.remaining(now).toSeconds(), clock.isPaused(), clock.stoppedAt().orElse(null));
    }
  }

  /** One step of the timeline. */
  public record EventJson(Instant at, String action, String actor, String channel, String statusAfter, String text) {
    static EventJson of(TicketEvent e) {
      return new EventJson(e.at(), e.action().name(), e.actor().name(), e.channel().name(), e.statusAfter().name(),
          e.text());
    }
  }

  /** A page of a queue and the cursor of the next one (null on the last page). */
  public record PageJson(List<TicketJson> items, String next) {}

  static TicketJson of(Ticket t, Instant now) {
    return new TicketJson(t.id(), t.version(), t.category(), t.priority().name(), t.channel().name(), t.title(), t.description(),
        t.status().name(), t.escalationLevel().name(), t.household().id(), t.household().unit(), t.building().id(),
        t.building().name().zh(), t.project().id(), t.project().name().zh(),
        new LocationJson(t.location().place().name(), t.location().spot()),
        t.reporter() == null ? null : new Person(t.reporter().id(), t.reporter().name()),
        t.firstAgent() == null ? null : new Person(t.firstAgent().id(), t.firstAgent().displayName()),
        t.assignee() == null ? null : new Person(t.assignee().id(), t.assignee().displayName()),
        t.createdAt(), t.updatedAt(), t.resolvedAt(), t.rating(), t.urgeCount(), t.reopenCount(), t.isRepeat(),
        Arrays.stream(io.linli.sla.ClockKind.values()).flatMap(k -> t.clock(k).stream())
            .map(c -> ClockJson.of(c, now)).toList(),
        t.nextDeadline().map(c -> ClockJson.of(c, now)).orElse(null),
        t.allowedActions().stream().map(TicketAction::name).toList());
  }
}
