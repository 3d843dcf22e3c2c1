package io.linli.ticket;

import io.linli.community.Household;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/** Tickets of the bound tenant, their clocks and timelines. */
@ApplicationScoped
public class TicketRepository {

  @Inject TenantEntityManager entityManagers;
  @Inject Event<TicketChanged> changed;

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

  /** A part of a WHERE clause with its one parameter. */
  private record Condition(String jpql, String parameter, Object value) {

    /** A condition without a parameter. */
    static Condition fixed(String jpql) {
      return new Condition(jpql, null, null);
    }
  }

  /**
   * One page of the visible tickets that match the query, with what a queue row shows fetched in a few queries.
   *
   * <p>A person may see tickets in several ways (their projects, their buildings, assigned to them, the pool). OR-ing
   * them keeps the database from reading the page straight off an index, so each way is asked for its newest ids on
   * its own index, and the page is the newest of those (deploy/bench: from 600 ms to a few at 18,000 visible tickets).
   */
  public List<Ticket> page(TicketVisibility visibility, TicketQuery query) {
    List<Condition> filters = filters(query);
    if (visibility.all()) {
      return tickets(filters, query.limit());
    }
    List<Condition> ways = waysToSee(visibility);
    if (ways.size() <= 1) {
      return ways.isEmpty() ? List.of() : tickets(with(filters, ways.get(0)), query.limit());
    }
    TreeSet<Long> newest = new TreeSet<>(Comparator.reverseOrder());
    for (Condition way : ways) {
      newest.addAll(select("select t.id", with(filters, way), Long.class).setMaxResults(query.limit())
          .getResultList());
    }
    List<Long> ids = newest.stream().limit(query.limit()).toList();
    return ids.isEmpty() ? List.of() : tickets(List.of(new Condition("t.id in :ids", "ids", ids)), query.limit());
  }

  private static List<Condition> waysToSee(TicketVisibility visibility) {
    List<Condition> ways = new ArrayList<>();
    if (!visibility.projectIds().isEmpty()) {
      ways.add(new Condition("t.project.id in :projects", "projects", visibility.projectIds()));
    }
    if (!visibility.buildingIds().isEmpty()) {
      ways.add(new Condition("t.building.id in :buildings", "buildings", visibility.buildingIds()));
    }
    if (visibility.assigneeId() != null) {
      ways.add(new Condition("t.assignee.id = :assignee", "assignee", visibility.assigneeId()));
    }
    if (visibility.householdId() != null) {
      ways.add(new Condition("t.household.id = :household", "household", visibility.householdId()));
    }
    if (!visibility.poolProjectIds().isEmpty()) {
      ways.add(new Condition("(t.pooled = true and t.assignee is null and t.project.id in :pool)", "pool",
          visibility.poolProjectIds()));
    }
    return ways;
  }

  private static List<Condition> filters(TicketQuery query) {
    TicketQuery.Filter filter = query.filter();
    List<Condition> filters = new ArrayList<>();
    if (filter.category() != null) {
      filters.add(new Condition("t.category = :category", "category", filter.category()));
    }
    if (filter.channel() != null) {
      filters.add(new Condition("t.channel = :channel", "channel", Channel.valueOf(filter.channel())));
    }
    if (filter.status() != null) {
      filters.add(new Condition("t.status = :status", "status", filter.status()));
    }
    if (filter.openOnly()) {
      filters.add(new Condition("t.status in :open", "open", TicketStatus.OPEN));
    }
    if (filter.regionId() != null) {
      filters.add(new Condition("t.project.region.id = :region", "region", filter.regionId()));
    }
    if (filter.projectId() != null) {
      filters.add(new Condition("t.project.id = :project", "project", filter.projectId()));
    }
    if (filter.buildingId() != null) {
      filters.add(new Condition("t.building.id = :building", "building", filter.buildingId()));
    }
    if (filter.overdueOnly()) {
      filters.add(new Condition("exists (select c from TicketClock c where c.ticket = t and c.stoppedAt is null"
          + " and c.pausedSince is null and c.dueAt < :now)", "now", query.now()));
    }
    if (filter.breachedOnly()) {
      filters.add(Condition.fixed("exists (select c from TicketClock c where c.ticket = t"
          + " and c.breachedAt is not null)"));
    }
    if (filter.repeatOnly()) {
      filters.add(Condition.fixed("t.repeat = true"));
    }
    if (filter.lowRatedOnly()) {
      filters.add(new Condition("t.rating <= :lowRating", "lowRating", 2));
    }
    if (filter.receivedFrom() != null) {
      filters.add(new Condition("t.createdAt >= :receivedFrom", "receivedFrom", filter.receivedFrom()));
    }
    if (filter.receivedBefore() != null) {
      filters.add(new Condition("t.createdAt < :receivedBefore", "receivedBefore", filter.receivedBefore()));
    }
    if (query.before() != null) {
      filters.add(new Condition("t.id < :before", "before", query.before()));
    }
    return filters;
  }

  private static List<Condition> with(List<Condition> filters, Condition way) {
    List<Condition> all = new ArrayList<>(filters);
    all.add(way);
    return all;
  }

  private <T> TypedQuery<T> select(String select, List<Condition> where, Class<T> type) {
    String jpql = select + " from Ticket t"
        + (where.isEmpty() ? "" : " where " + where.stream().map(Condition::jpql).collect(Collectors.joining(" and ")))
        + " order by t.id desc";
    TypedQuery<T> typed = entityManagers.current().createQuery(jpql, type);
    where.stream().filter(c -> c.parameter() != null).forEach(c -> typed.setParameter(c.parameter(), c.value()));
    return typed;
  }

  private List<Ticket> tickets(List<Condition> where, int limit) {
    return select("select t", where, Ticket.class)
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
        .setMaxResults(limit)
        .getResultList();
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
   * Stores a new ticket and every event recorded on it since, and writes them now. Every change of a ticket passes
   * here, so here it is told ({@link TicketChanged}).
   *
   * @throws jakarta.persistence.OptimisticLockException when someone else changed the ticket in the meantime
   */
  public void store(Ticket ticket) {
    if (ticket.id() == null) {
      entityManagers.current().persist(ticket);
    }
    List<TicketEvent> events = ticket.drainEvents();
    events.forEach(entityManagers.current()::persist);
    entityManagers.current().flush();
    if (!events.isEmpty()) {
      changed.fire(new TicketChanged(TenantContext.require(), ticket.id(), events.get(events.size() - 1).action()));
    }
  }
}
