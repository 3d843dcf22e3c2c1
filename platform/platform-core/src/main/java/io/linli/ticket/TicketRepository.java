package io.linli.ticket;

import io.linli.community.Household;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/** Tickets of the bound tenant, their clocks and timelines. */
@ApplicationScoped
public class TicketRepository {

  private static final Set<Long> NONE = Set.of(-1L);

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

  /** One page of the visible tickets that match the query, with what a queue row shows fetched in a few queries. */
  public List<Ticket> page(TicketVisibility visibility, TicketQuery query) {
    StringBuilder jpql = new StringBuilder("select t from Ticket t where (:all = true"
        + " or t.project.id in :projects or t.building.id in :buildings"
        + " or t.assignee.id = :assignee or t.household.id = :household"
        + " or (t.pooled = true and t.assignee is null and t.project.id in :pool))");
    if (query.category() != null) {
      jpql.append(" and t.category = :category");
    }
    if (query.status() != null) {
      jpql.append(" and t.status = :status");
    }
    if (query.buildingId() != null) {
      jpql.append(" and t.building.id = :building");
    }
    if (query.overdueOnly()) {
      jpql.append(" and exists (select c from TicketClock c where c.ticket = t and c.stoppedAt is null"
          + " and c.pausedSince is null and c.dueAt < :now)");
    }
    if (query.before() != null) {
      jpql.append(" and t.id < :before");
    }
    jpql.append(" order by t.id desc");
    TypedQuery<Ticket> typed = entityManagers.current().createQuery(jpql.toString(), Ticket.class)
        .setParameter("all", visibility.all())
        .setParameter("projects", visibility.projectIds().isEmpty() ? NONE : visibility.projectIds())
        .setParameter("buildings", visibility.buildingIds().isEmpty() ? NONE : visibility.buildingIds())
        .setParameter("assignee", visibility.assigneeId() == null ? -1L : visibility.assigneeId())
        .setParameter("household", visibility.householdId() == null ? -1L : visibility.householdId())
        .setParameter("pool", visibility.poolProjectIds().isEmpty() ? NONE : visibility.poolProjectIds())
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
    if (query.category() != null) {
      typed.setParameter("category", query.category());
    }
    if (query.status() != null) {
      typed.setParameter("status", query.status());
    }
    if (query.buildingId() != null) {
      typed.setParameter("building", query.buildingId());
    }
    if (query.overdueOnly()) {
      typed.setParameter("now", query.now());
    }
    if (query.before() != null) {
      typed.setParameter("before", query.before());
    }
    return typed.getResultList();
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
    Map<Long, Instant> last = new java.util.HashMap<>();
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
