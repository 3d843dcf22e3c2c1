package io.linli.alert;

import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.persistence.config.QueryHints;

/**
 * Reads the bound company's week for the alert rules, one query per kind of figure through the indexes of V20.
 * Native SQL (reports across entities, grouped), so each query names its tenant itself — EclipseLink adds no
 * discriminator to native queries.
 */
@ApplicationScoped
public class AlertFigures {

  @Inject TenantEntityManager entityManagers;

  /** @return the company's projects' days up to {@code now}, in the company's time zone */
  public DailyTally week(Instant now) {
    DailyTally tally = new DailyTally(Tenant.ZONE, now);
    Timestamp since = Timestamp.from(tally.since());
    Timestamp until = Timestamp.from(now);
    rows("SELECT t.project_id, c.stopped_at, c.started_at, c.paused_seconds FROM ticket_clock c"
        + " JOIN ticket t ON t.id = c.ticket_id AND t.tenant_id = c.tenant_id"
        + " WHERE c.tenant_id = ? AND c.kind = 'RESPONSE' AND c.stopped_at >= ? AND c.stopped_at <= ?",
        row -> tally.response(id(row[0]), instant(row[1]),
            Duration.between(instant(row[2]), instant(row[1])).minusSeconds(((Number) row[3]).longValue())),
        since, until);
    rows("SELECT project_id, created_at FROM ticket"
        + " WHERE tenant_id = ? AND category = 'complaint' AND created_at >= ? AND created_at <= ?",
        row -> tally.complaint(id(row[0]), instant(row[1])), since, until);
    // a rating may be changed: its latest, at the time it was last given
    rows("SELECT t.project_id, MAX(e.at), t.rating FROM ticket_event e"
        + " JOIN ticket t ON t.id = e.ticket_id AND t.tenant_id = e.tenant_id"
        + " WHERE e.tenant_id = ? AND e.action = 'RATE' AND e.at >= ? AND e.at <= ? AND t.rating IS NOT NULL"
        + " GROUP BY t.id, t.project_id, t.rating",
        row -> tally.rating(id(row[0]), instant(row[1]), ((Number) row[2]).intValue()), since, until);
    rows("SELECT b.project_id, n.published_at, COUNT(*), COUNT(r.acknowledged_at) FROM notice n"
        + " JOIN notice_receipt r ON r.notice_id = n.id AND r.tenant_id = n.tenant_id"
        + " JOIN household h ON h.id = r.household_id AND h.tenant_id = r.tenant_id"
        + " JOIN building b ON b.id = h.building_id AND b.tenant_id = h.tenant_id"
        + " WHERE n.tenant_id = ? AND n.severity = 'CRITICAL' AND n.published_at >= ? AND n.published_at <= ?"
        + " GROUP BY n.id, n.published_at, b.project_id",
        row -> tally.receipts(id(row[0]), instant(row[1]), ((Number) row[2]).intValue(),
            ((Number) row[3]).intValue()), since, until);
    rows("SELECT t.project_id, c.breached_at FROM ticket_clock c"
        + " JOIN ticket t ON t.id = c.ticket_id AND t.tenant_id = c.tenant_id"
        + " WHERE c.tenant_id = ? AND c.breached_at >= ? AND c.breached_at <= ?",
        row -> tally.breach(id(row[0]), instant(row[1])), since, until);
    return tally;
  }

  private void rows(String sql, Consumer<Object[]> each, Timestamp since, Timestamp until) {
    var query = entityManagers.current().createNativeQuery(sql)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, TenantContext.require().value())
        .setParameter(2, since)
        .setParameter(3, until);
    for (Object row : (List<?>) query.getResultList()) {
      each.accept((Object[]) row);
    }
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant() : ((java.time.LocalDateTime) value)
        .atZone(java.time.ZoneId.systemDefault()).toInstant();
  }
}
