package io.linli.schedule;

import io.linli.api.TenantId;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * The two queries every {@link DueWork} makes of its table: the due rows of all tenants through the due column's
 * index, and the lock on one of them that keeps other nodes off it ({@code FOR UPDATE SKIP LOCKED}), taken only if
 * it is still due. EclipseLink refuses native SQL where multitenant entities exist; these are let through because
 * the first reads only ids and tenants and the second names its tenant itself.
 */
@ApplicationScoped
public class DueRows {

  /** A due row of some tenant. */
  public record Due(long id, TenantId tenant) implements DueWork.Row {}

  @Inject TenantEntityManager entityManagers;

  /**
   * @param table and {@code dueColumn}: SQL names, never from input
   * @param condition more SQL for the WHERE clause, with {@code ?} for {@code values}, or empty
   * @return rows with {@code dueColumn <= now}, oldest first, at most {@code limit}
   */
  public List<Due> find(String table, String dueColumn, String condition, Instant now, int limit, Object... values) {
    var query = entityManagers.platform()
        .createNativeQuery("SELECT id, tenant_id FROM " + table + " WHERE " + condition
            + (condition.isEmpty() ? "" : " AND ") + dueColumn + " <= ? ORDER BY " + dueColumn + " LIMIT ?")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    int position = 1;
    for (Object value : values) {
      query.setParameter(position++, value);
    }
    query.setParameter(position++, Timestamp.from(now));
    query.setParameter(position, limit);
    List<Due> due = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      due.add(new Due(((Number) columns[0]).longValue(), TenantId.of((String) columns[1])));
    }
    return due;
  }

  /**
   * Locks the row for the current transaction of the bound tenant's work.
   *
   * @return false when another node holds it, or it is no longer due
   */
  public boolean lock(String table, String dueColumn, long id, TenantId tenant, Instant now) {
    return !entityManagers.current()
        .createNativeQuery("SELECT id FROM " + table + " WHERE id = ? AND tenant_id = ? AND " + dueColumn
            + " <= ? FOR UPDATE SKIP LOCKED")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, id)
        .setParameter(2, tenant.value())
        .setParameter(3, Timestamp.from(now))
        .getResultList()
        .isEmpty();
  }
}
