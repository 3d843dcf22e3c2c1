package io.linli.profile;

import io.linli.community.Household;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantEntityManager;
import io.linli.tenancy.TenantService;
import io.linli.tenancy.Tenant;
import io.linli.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the rules look at, for many households at once: one grouped query per figure, so the daily sweep of a
 * company costs a handful of queries per batch rather than per household.
 */
@ApplicationScoped
class ProfileFigures {

  @Inject TenantEntityManager entityManagers;
  @Inject TenantService tenants;

  Map<Long, Figures> of(List<Household> households, Thresholds limits, Instant now) {
    Map<Long, Figures> figures = new HashMap<>();
    if (households.isEmpty()) {
      return figures;
    }
    Map<Long, Long> repairs = counts("select t.household.id, count(t) from Ticket t where t.household in :h"
        + " and t.category = 'repair' and t.createdAt >= :from group by t.household.id", households,
        now.minus(limits.repairWindow()));
    Map<Long, Long> repeats = counts("select t.household.id, count(t) from Ticket t where t.household in :h"
        + " and t.repeat = true and t.createdAt >= :from group by t.household.id", households,
        now.minus(limits.complaintWindow()));
    Map<Long, Long> stale = counts("select t.household.id, count(t) from Ticket t where t.household in :h"
        + " and t.status in :open and t.createdAt < :from group by t.household.id", households,
        now.minus(limits.staleAfter()));
    Map<Long, List<Integer>> ratings = new HashMap<>();
    entityManagers.current().createQuery("select t.household.id, t.rating from Ticket t where t.household in :h"
            + " and t.rating is not null order by t.updatedAt desc, t.id desc", Object[].class)
        .setParameter("h", households).getResultStream()
        .forEach(r -> ratings.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(((Number) r[1]).intValue()));
    Map<Long, Instant> last = new HashMap<>();
    // the latest of each kind, as the mapped column (an aggregate's value would bypass the Instant converter)
    for (String[] activity : List.of(new String[] {"Ticket", "createdAt"}, new String[] {"LedgerEntry", "occurredAt"},
        new String[] {"Ballot", "castAt"}, new String[] {"NoticeReceipt", "readAt"},
        new String[] {"NoticeReceipt", "acknowledgedAt"})) {
      String entity = activity[0];
      String at = activity[1];
      String jpql = "select x.household.id, x." + at + " from " + entity + " x where x.household in :h and x." + at
          + " = (select max(y." + at + ") from " + entity + " y where y.household = x.household)";
      entityManagers.current().createQuery(jpql, Object[].class).setParameter("h", households)
          .getResultStream().filter(r -> r[1] != null)
          .forEach(r -> last.merge(id(r[0]), (Instant) r[1], (a, b) -> a.isAfter(b) ? a : b));
    }
    Instant watchedSince = tenants.tenant(TenantContext.require()).map(Tenant::createdAt).orElse(now);
    for (Household h : households) {
      figures.put(h.id(), new Figures(repairs.getOrDefault(h.id(), 0L).intValue(),
          ratings.getOrDefault(h.id(), List.of()).stream().limit(limits.ratingsCounted()).toList(),
          repeats.getOrDefault(h.id(), 0L).intValue(), stale.getOrDefault(h.id(), 0L).intValue(), last.get(h.id()),
          watchedSince));
    }
    return figures;
  }

  private Map<Long, Long> counts(String jpql, List<Household> households, Instant from) {
    var query = entityManagers.current().createQuery(jpql, Object[].class).setParameter("h", households)
        .setParameter("from", from);
    if (jpql.contains(":open")) {
      query.setParameter("open", TicketStatus.OPEN);
    }
    Map<Long, Long> counts = new HashMap<>();
    query.getResultStream().forEach(r -> counts.put(id(r[0]), ((Number) r[1]).longValue()));
    return counts;
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }
}
