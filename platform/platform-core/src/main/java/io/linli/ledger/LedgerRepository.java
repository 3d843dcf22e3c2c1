package io.linli.ledger;

import io.linli.community.Household;
import io.linli.tenancy.TenantEntityManager;
import io.linli.ticket.TicketVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;

/** Ledger entries of the bound tenant. */
@ApplicationScoped
public class LedgerRepository {

  private static final Set<Long> NONE = Set.of(-1L);

  @Inject TenantEntityManager entityManagers;

  public List<LedgerEntry> of(Household household) {
    return entityManagers.current()
        .createQuery("select e from LedgerEntry e join fetch e.recordedBy where e.household = :h"
            + " order by e.occurredAt desc, e.id desc", LedgerEntry.class)
        .setParameter("h", household)
        .getResultList();
  }

  /**
   * A page of the entries of the places a person may see, contacted in {@code [from, to)}, optionally of one project,
   * in contact order after {@code after} (the last entry of the previous page, or null): pages keep an export of a
   * busy year as light on memory as one of a quiet week.
   */
  public List<LedgerEntry> page(TicketVisibility visibility, LedgerService.Period period, Instant from, Instant to,
      LedgerEntry after, int limit) {
    return entityManagers.current()
        .createQuery("select e from LedgerEntry e join fetch e.household h join fetch h.building b"
            + " join fetch b.project p join fetch e.recordedBy"
            + " where (:all = true or p.id in :projects or b.id in :buildings)"
            + " and (:project = -1 or p.id = :project) and (:household = -1 or h.id = :household)"
            + " and e.occurredAt >= :from and e.occurredAt < :to"
            + " and (e.occurredAt > :afterAt or (e.occurredAt = :afterAt and e.id > :afterId))"
            + " order by e.occurredAt, e.id", LedgerEntry.class)
        .setParameter("all", visibility.all())
        .setParameter("projects", visibility.projectIds().isEmpty() ? NONE : visibility.projectIds())
        .setParameter("buildings", visibility.buildingIds().isEmpty() ? NONE : visibility.buildingIds())
        .setParameter("project", period.projectId() == null ? -1L : period.projectId())
        .setParameter("household", period.householdId() == null ? -1L : period.householdId())
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("afterAt", after == null ? from : after.occurredAt())
        .setParameter("afterId", after == null ? -1L : after.id())
        .setHint(QueryHints.READ_ONLY, true)
        .setMaxResults(limit)
        .getResultList();
  }

  public void store(LedgerEntry entry) {
    entityManagers.current().persist(entry);
    entityManagers.current().flush();
  }
}
