package io.linli.audit;

import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes audit entries in the transaction of the change they record, so an entry exists exactly when its change
 * does; and reads them for the tenant's admin, newest first.
 */
@ApplicationScoped
public class AuditLog {

  @Inject TenantEntityManager entityManagers;
  @Inject Clock clock;

  /** Records a change made by whoever the thread acts for (see {@link AuditOrigin}); the platform if no one. */
  @Transactional
  public void record(String action, String subjectType, Long subjectId, String detail) {
    AuditActor actor = AuditOrigin.current().map(AuditOrigin::actor).orElse(AuditActor.SYSTEM);
    recordAs(actor, action, subjectType, subjectId, detail);
  }

  /** Records what {@code actor} did, such as signing in, before the thread acts for anyone. */
  @Transactional
  public void recordAs(AuditActor actor, String action, String subjectType, Long subjectId, String detail) {
    entityManagers.current().persist(new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, detail,
        AuditOrigin.current().map(AuditOrigin::clientAddress).orElse(null)));
  }

  /** Records an attempt that was refused, whose own transaction rolls back, such as a wrong password. */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordRefusal(AuditActor actor, String action, String subjectType, Long subjectId, String detail) {
    recordAs(actor, action, subjectType, subjectId, detail);
  }

  /**
   * What to look for; every part may be null. {@code action} matches a whole action ({@code ticket.resolve}) or a
   * family ({@code ticket}); {@code before} is an entry id, for the next page.
   */
  public record Query(String action, String subjectType, Long subjectId, Long actorId, Instant from,
      Instant to, Long before, int limit) {}

  @Transactional
  public List<AuditEntry> entries(Query query) {
    StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (query.action() != null) {
      jpql.append(" and (e.action = :action or e.action like :family)");
      parameters.put("action", query.action());
      parameters.put("family", query.action().replace("%", "").replace("_", "") + ".%");
    }
    condition(jpql, parameters, "e.subjectType = :subjectType", "subjectType", query.subjectType());
    condition(jpql, parameters, "e.subjectId = :subjectId", "subjectId", query.subjectId());
    condition(jpql, parameters, "e.actorId = :actorId", "actorId", query.actorId());
    condition(jpql, parameters, "e.at >= :from", "from", query.from());
    condition(jpql, parameters, "e.at < :to", "to", query.to());
    condition(jpql, parameters, "e.id < :before", "before", query.before());
    TypedQuery<AuditEntry> typed = entityManagers.current()
        .createQuery(jpql.append(" order by e.id desc").toString(), AuditEntry.class)
        .setMaxResults(query.limit());
    parameters.forEach(typed::setParameter);
    return new ArrayList<>(typed.getResultList());
  }

  private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
      Object value) {
    if (value != null) {
      jpql.append(" and ").append(clause);
      parameters.put(name, value);
    }
  }
}
