package io.linli.ticket;

import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.notification.NotificationService;
import io.linli.people.PeopleRepository;
import io.linli.people.StaffMember;
import io.linli.sla.EscalationPolicy;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import org.eclipse.persistence.config.QueryHints;
import java.time.Instant;
import java.util.List;

/**
 * One step of the SLA scheduler: finds due clocks through the {@code next_check_at} index, and handles each in a
 * transaction of its own that first locks its row ({@code FOR UPDATE SKIP LOCKED}) and checks it is still due. Two
 * schedulers (two nodes, or two threads) therefore never handle the same warning or escalation twice. EclipseLink
 * refuses native SQL where multitenant entities exist; these two queries are let through one by one because they
 * read only ids and tenants, or name their tenant themselves.
 */
@ApplicationScoped
public class SlaCheck {

  @Inject TenantEntityManager entityManagers;
  @Inject TicketRepository tickets;
  @Inject PeopleRepository people;
  @Inject NotificationService notifications;

  private final EscalationPolicy escalation = EscalationPolicy.defaults();

  /** A due clock, of any tenant. */
  public record DueClock(long id, TenantId tenant) {}

  /** @return clocks due at {@code now}, oldest first; reads ids across tenants, no tenant data */
  @Transactional
  public List<DueClock> due(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = entityManagers.platform()
        .createNativeQuery("SELECT id, tenant_id FROM ticket_clock WHERE next_check_at <= ? "
            + "ORDER BY next_check_at LIMIT ?")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true) // reads ids and tenants only; see class comment
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, limit)
        .getResultList();
    return rows.stream().map(r -> new DueClock(((Number) r[0]).longValue(), TenantId.of((String) r[1]))).toList();
  }

  /**
   * Handles one clock of the bound tenant, unless another scheduler holds it or handled it already.
   *
   * @return whether this call warned or escalated
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean handle(DueClock due, Instant now) {
    var entityManager = entityManagers.current();
    boolean locked = !entityManager
        .createNativeQuery("SELECT id FROM ticket_clock WHERE id = ? AND tenant_id = ? AND next_check_at <= ? "
            + "FOR UPDATE SKIP LOCKED")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true) // names its tenant itself
        .setParameter(1, due.id())
        .setParameter(2, due.tenant().value())
        .setParameter(3, Timestamp.from(now))
        .getResultList()
        .isEmpty();
    if (!locked) {
      return false;
    }
    TicketClock clock = entityManager.find(TicketClock.class, due.id());
    Ticket ticket = clock.ticket();
    var alert = ticket.checkClock(clock.kind(), escalation, now);
    tickets.store(ticket);
    alert.ifPresent(a -> notifications.notify(recipients(ticket, a), a.action().name(),
        text(ticket, a), "/console/tickets/" + ticket.id(), now));
    return alert.isPresent();
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
