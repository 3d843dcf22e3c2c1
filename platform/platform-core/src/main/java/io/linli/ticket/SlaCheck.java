package io.linli.ticket;

import io.linli.audit.AuditLog;
import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.notification.NotificationService;
import io.linli.people.PeopleRepository;
import io.linli.people.StaffMember;
import io.linli.schedule.DueRows;
import io.linli.schedule.DueWork;
import io.linli.settings.LinliSettings;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of the SLA scheduler: finds due rows through their due-time index — clocks to check for a warning or an
 * escalation, and resolved tickets whose owner is to be asked for their satisfaction — and handles each in a
 * transaction of its own that first locks its row ({@code FOR UPDATE SKIP LOCKED}) and checks it is still due. Two
 * schedulers (two nodes, or two threads) therefore never handle the same warning, escalation or request twice.
 */
@ApplicationScoped
public class SlaCheck implements DueWork<SlaCheck.Due> {

  @Inject TenantEntityManager entityManagers;
  @Inject AuditLog audit;
  @Inject TicketRepository tickets;
  @Inject SlaTermsProvider terms;
  @Inject PeopleRepository people;
  @Inject NotificationService notifications;
  @Inject Event<SatisfactionRequested> satisfactionRequested;
  @Inject LinliSettings settings;
  @Inject DueRows rows;

  /** What a due row asks for, and where such rows are found. */
  public enum Duty {
    /** A clock to check: warn at 75 %, escalate at its breach and at each level's time after. */
    CLOCK("ticket_clock", "next_check_at"),
    /** A resolved ticket whose owner is to be asked how the service was. */
    SATISFACTION("ticket", "satisfaction_due_at");

    private final String table;
    private final String dueColumn;

    Duty(String table, String dueColumn) {
      this.table = table;
      this.dueColumn = dueColumn;
    }
  }

  /** A due row, of any tenant. */
  public record Due(Duty duty, long id, TenantId tenant) implements DueWork.Row {}

  @Override
  public int everySeconds() {
    return settings.slaScanSeconds();
  }

  /** @return rows due at {@code now}, oldest first, at most {@code limit} of each duty; ids and tenants only */
  @Override
  @Transactional
  public List<Due> due(Instant now, int limit) {
    List<Due> due = new ArrayList<>();
    for (Duty duty : Duty.values()) {
      rows.find(duty.table, duty.dueColumn, "", now, limit)
          .forEach(row -> due.add(new Due(duty, row.id(), row.tenant())));
    }
    return due;
  }

  /**
   * Handles one due row of the bound tenant, unless another scheduler holds it or handled it already.
   *
   * @return whether this call warned, escalated or asked the owner
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean handle(Due due, Instant now) {
    if (!rows.lock(due.duty().table, due.duty().dueColumn, due.id(), due.tenant(), now)) {
      return false;
    }
    var entityManager = entityManagers.current();
    return switch (due.duty()) {
      case CLOCK -> checkClock(entityManager.find(TicketClock.class, due.id()), now);
      case SATISFACTION -> askSatisfaction(entityManager.find(Ticket.class, due.id()), due.tenant(), now);
    };
  }

  private boolean checkClock(TicketClock clock, Instant now) {
    Ticket ticket = clock.ticket();
    var alert = ticket.checkClock(clock.kind(), terms.escalationPolicy(), now);
    tickets.store(ticket);
    alert.ifPresent(a -> {
      notifications.notify(recipients(ticket, a), a.action().name(), text(ticket, a),
          "/console/tickets/" + ticket.id(), now);
      audit.record("ticket." + a.action().name().toLowerCase(), "ticket", ticket.id(), text(ticket, a));
    });
    return alert.isPresent();
  }

  private boolean askSatisfaction(Ticket ticket, TenantId tenant, Instant now) {
    if (!ticket.askRating(now)) {
      return false;
    }
    tickets.store(ticket);
    satisfactionRequested.fire(new SatisfactionRequested(tenant, ticket.id(), ticket.household().id(),
        ticket.reporter() == null ? null : ticket.reporter().id(), ticket.category(), ticket.resolvedAt(), now));
    return true;
  }

  /** A warning goes to whoever handles the ticket (else its building's steward); an escalation to the new level. */
  private List<StaffMember> recipients(Ticket ticket, Ticket.SlaAlert alert) {
    if (alert.action() == TicketAction.WARN && ticket.assignee() != null) {
      return List.of(ticket.assignee());
    }
    Role role = alert.action() == TicketAction.WARN ? Role.BUILDING_STEWARD : alert.level().role();
    return people.staffAssignedTo(role, ticket.building());
  }

  private static String text(Ticket ticket, Ticket.SlaAlert alert) {
    String what = alert.action() == TicketAction.WARN ? "即将超时" : "已超时升级";
    return "工单 #" + ticket.id() + "「" + ticket.title() + "」" + what + "（" + ticket.building().name().zh() + " "
        + ticket.household().unit() + "）";
  }
}
