package io.linli.ticket;

import io.linli.community.Household;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/** Tickets of the bound tenant, their clocks and timelines. */
@ApplicationScoped
public class TicketRepository {

  @Inject TenantEntityManager entityManagers;

  public Optional<Ticket> find(long id) {
    return Optional.ofNullable(entityManagers.current().find(Ticket.class, id));
  }

  public Optional<Ticket> byIdempotencyKey(String key) {
    return entityManagers.current()
        .createQuery("select t from Ticket t where t.idempotencyKey = :k", Ticket.class)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  /**
   * One page of the visible tickets that match the query, with what a queue row shows fetched in a few queries. Only
   * the ways the person sees tickets are in the WHERE clause: empty alternatives would keep the database from reading
   * the page straight off an index (deploy/bench).
   */
  public List<Ticket> page(TicketVisibility visibility, TicketQuery query) {
    Map<String, Object> parameters = new HashMap<>();
    List<String> seen = new ArrayList<>();
    if (!visibility.all()) {
      clause(seen, parameters, !visibility.projectIds().isEmpty(), "t.project.id in :projects", "projects",
          visibility.projectIds());
      clause(seen, parameters, !visibility.buildingIds().isEmpty(), "t.building.id in :buildings", "buildings",
          visibility.buildingIds());
      clause(seen, parameters, visibility.assigneeId() != null, "t.assignee.id = :assignee", "assignee",
          visibility.assigneeId());
      clause(seen, parameters, visibility.householdId() != null, "t.household.id = :household", "household",
          visibility.householdId());
      clause(seen, parameters, !visibility.poolProjectIds().isEmpty(),
          "(t.pooled = true and t.assignee is null and t.project.id in :pool)", "pool", visibility.poolProjectIds());
      if (seen.isEmpty()) {
        return List.of();
      }
    }
    List<String> where = new ArrayList<>();
    if (!seen.isEmpty()) {
      where.add("(" + String.join(" or ", seen) + ")");
    }
    clause(where, parameters, query.category() != null, "t.category = :category", "category", query.category());
    clause(where, parameters, query.status() != null, "t.status = :status", "status", query.status());
    clause(where, parameters, query.buildingId() != null, "t.building.id = :building", "building",
        query.buildingId());
    clause(where, parameters, query.overdueOnly(), "exists (select c from TicketClock c where c.ticket = t"
        + " and c.stoppedAt is null and c.pausedSince is null and c.dueAt < :now)", "now", query.now());
    clause(where, parameters, query.before() != null, "t.id < :before", "before", query.before());
    String jpql = "select t from Ticket t" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
        + " order by t.id desc";
    TypedQuery<Ticket> typed = entityManagers.current().createQuery(jpql, Ticket.class)
        // IN, not EclipseLink's default JOIN: a JOIN batch re-runs the query without its LIMIT, reading the clocks
        // of every visible ticket to show one page (seconds at 16,000 tickets, measured by deploy/bench)
        .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
        .setHint(QueryHints.BATCH, "t.clocks")
        .setHint(QueryHints.BATCH, "t.household")
        .setHint(QueryHints.BATCH, "t.building")
        .setHint(QueryHints.BATCH, "t.assignee")
        .setHint(QueryHints.BATCH, "t.project")
        .setHint(QueryHints.BATCH, "t.reporter")
        .setHint(QueryHints.BATCH, "t.firstAgent")
        .setMaxResults(query.limit());
    parameters.forEach(typed::setParameter);
    return typed.getResultList();
  }

  /** Adds a clause with its one parameter, if it applies. */
  private static void clause(List<String> clauses, Map<String, Object> parameters, boolean applies, String clause,
      String name, Object value) {
    if (applies) {
      clauses.add(clause);
      parameters.put(name, value);
    }
  }

  /** A household's tickets, newest first. */
  public List<Ticket> ofHousehold(Household household) {
    return entityManagers.current()
        .createQuery("select t from Ticket t where t.household = :h order by t.id desc", Ticket.class)
        .setParameter("h", household)
        .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
        .setHint(QueryHints.BATCH, "t.clocks")
        .setHint(QueryHints.BATCH, "t.assignee")
        .getResultList();
  }

  public Optional<DispatchRule> dispatchRule(String category) {
    return entityManagers.current()
        .createQuery("select r from DispatchRule r where r.category = :c", DispatchRule.class)
        .setParameter("c", category)
        .getResultStream()
        .findFirst();
  }

  public List<DispatchRule> dispatchRules() {
    return entityManagers.current()
        .createQuery("select r from DispatchRule r", DispatchRule.class)
        .getResultList();
  }

  /**
   * @return when each of these staff was last given a ticket; those never given one are absent. One indexed query
   *     per person (a project has a handful), since EclipseLink does not convert an aggregate of a converted column.
   */
  public Map<Long, Instant> lastDispatched(Collection<Long> staffIds) {
    Map<Long, Instant> last = new HashMap<>();
    for (Long id : staffIds) {
      entityManagers.current()
          .createQuery("select t.dispatchedAt from Ticket t where t.assignee.id = :id and t.dispatchedAt is not null"
              + " order by t.dispatchedAt desc", java.time.Instant.class)
          .setParameter("id", id)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .ifPresent(at -> last.put(id, at));
    }
    return last;
  }

  /** @return how many tickets of {@code category} the household filed since {@code since} */
  public long countSince(Household household, String category, Instant since) {
    return entityManagers.current()
        .createQuery("select count(t) from Ticket t where t.household = :h and t.category = :c"
            + " and t.createdAt >= :since", Long.class)
        .setParameter("h", household)
        .setParameter("c", category)
        .setParameter("since", since)
        .getSingleResult();
  }

  public List<TicketPhoto> photos(Ticket ticket) {
    return entityManagers.current()
        .createQuery("select p from TicketPhoto p where p.ticket = :t order by p.id", TicketPhoto.class)
        .setParameter("t", ticket)
        .getResultList();
  }

  public Optional<TicketPhoto> photo(Ticket ticket, long photoId) {
    return Optional.ofNullable(entityManagers.current().find(TicketPhoto.class, photoId))
        .filter(p -> p.ticket().id().equals(ticket.id()));
  }

  public long countPhotos(Ticket ticket) {
    return entityManagers.current()
        .createQuery("select count(p) from TicketPhoto p where p.ticket = :t", Long.class)
        .setParameter("t", ticket)
        .getSingleResult();
  }

  public void store(TicketPhoto photo) {
    entityManagers.current().persist(photo);
  }

  public List<TicketEvent> timeline(Ticket ticket) {
    return entityManagers.current()
        .createQuery("select e from TicketEvent e where e.ticket = :t order by e.at, e.id", TicketEvent.class)
        .setParameter("t", ticket)
        .getResultList();
  }

  /**
   * Stores a new ticket and every event recorded on it since, and writes them now.
   *
   * @throws jakarta.persistence.OptimisticLockException when someone else changed the ticket in the meantime
   */
  public void store(Ticket ticket) {
    if (ticket.id() == null) {
      entityManagers.current().persist(ticket);
    }
    ticket.drainEvents().forEach(entityManagers.current()::persist);
    entityManagers.current().flush();
  }
}
