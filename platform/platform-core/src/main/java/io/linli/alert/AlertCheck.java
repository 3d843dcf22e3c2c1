package io.linli.alert;

import io.linli.schedule.DueRows;
import io.linli.schedule.DueWork;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.config.QueryHints;

/**
 * Checks each company's projects every {@code linli.alerts.every-seconds} (default 300): one {@code alert_check}
 * row per company, due at its {@code next_check_at}, locked while a node checks ({@code FOR UPDATE SKIP LOCKED}),
 * so two nodes never check one company at once and a restart resumes from the table.
 */
@ApplicationScoped
public class AlertCheck implements DueWork<DueRows.Due> {

  private static final String TABLE = "alert_check";
  private static final String DUE_COLUMN = "next_check_at";

  @Inject TenantEntityManager entityManagers;
  @Inject DueRows rows;
  @Inject AlertEvaluation evaluation;

  @Inject
  @ConfigProperty(name = "linli.alerts.every-seconds", defaultValue = "300")
  int everySeconds;

  @Override
  public int everySeconds() {
    return everySeconds;
  }

  /** Gives every company its row first (a company provisioned since is due at once). */
  @Override
  @Transactional
  public List<DueRows.Due> due(Instant now, int limit) {
    var platform = entityManagers.platform();
    Number missing = (Number) platform
        .createNativeQuery("SELECT COUNT(*) FROM tenant t WHERE NOT EXISTS"
            + " (SELECT 1 FROM alert_check c WHERE c.tenant_id = t.slug)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getSingleResult();
    if (missing.longValue() > 0) { // a plain read first: the insert's locks only when a company is new
      platform.createNativeQuery("INSERT IGNORE INTO alert_check (tenant_id, next_check_at)"
              + " SELECT t.slug, ? FROM tenant t WHERE NOT EXISTS (SELECT 1 FROM alert_check c WHERE c.tenant_id = t.slug)")
          .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
          .setParameter(1, Timestamp.from(now))
          .executeUpdate();
    }
    return rows.find(TABLE, DUE_COLUMN, "", now, limit);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean handle(DueRows.Due due, Instant now) {
    if (!rows.lock(TABLE, DUE_COLUMN, due.id(), due.tenant(), now)) {
      return false;
    }
    check(now);
    return true;
  }

  /**
   * Checks the bound company now, waiting for a check running elsewhere to finish (after its admin changed the
   * limits, say), and moves its next check on.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<AlertEpisode> checkNow(Instant now) {
    String tenant = TenantContext.require().value();
    var entityManager = entityManagers.current();
    entityManager.createNativeQuery("INSERT IGNORE INTO alert_check (tenant_id, next_check_at) VALUES (?, ?)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenant)
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
    entityManager.createNativeQuery("SELECT id FROM alert_check WHERE tenant_id = ? FOR UPDATE")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenant)
        .getResultList();
    return check(now);
  }

  private List<AlertEpisode> check(Instant now) {
    List<AlertEpisode> opened = evaluation.evaluate(now);
    entityManagers.current()
        .createNativeQuery("UPDATE alert_check SET next_check_at = ?, checked_at = ? WHERE tenant_id = ?")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, Timestamp.from(now.plusSeconds(everySeconds)))
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, TenantContext.require().value())
        .executeUpdate();
    return opened;
  }
}
