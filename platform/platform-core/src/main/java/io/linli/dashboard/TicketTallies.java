package io.linli.dashboard;

import io.linli.sla.ClockKind;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.persistence.config.QueryHints;

/**
 * Keeps {@code ticket_day_tally} and {@code ticket_day_response}: the tickets of each building and day counted, so
 * that a dashboard sums a few rows per day instead of aggregating every ticket of its period on each view. Each
 * refresh takes the tickets changed since the last one ({@code updated_at}, the watermark), and counts again every
 * day of their buildings they were received on — from the tickets themselves, so a refresh is idempotent.
 *
 * <p>The watermark row is locked for the refresh, so nodes take turns. Once caught up, the watermark goes back to
 * {@link #LATE_COMMITS} before now: a transaction that stamped its change earlier but committed after the look is
 * counted at the next one.
 */
@ApplicationScoped
public class TicketTallies {

  static final Duration LATE_COMMITS = Duration.ofMinutes(2);
  /** Tickets read per transaction. */
  static final int BATCH = 5_000;

  private static final int INSERT_ROWS = 200;
  private static final String TALLY_COLUMNS = "tenant_id, day, building_id, project_id, category, channel,"
      + " received, resolved, first_contact, rated, rating_sum, low_rated, repeats,"
      + " response_judged, response_on_time, response_stopped, response_seconds,"
      + " resolution_judged, resolution_on_time, resolution_stopped, resolution_seconds,"
      + " on_site_judged, on_site_on_time, on_site_stopped, on_site_seconds,"
      + " visit_judged, visit_on_time, visit_stopped, visit_seconds";
  private static final String RESPONSE_COLUMNS = "tenant_id, day, building_id, project_id, up_to_minutes, clocks";

  @Inject TenantEntityManager entityManagers;

  /** A building's days to count again. */
  private record Key(String tenant, long building) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byTenant = tenant.compareTo(other.tenant);
      return byTenant != 0 ? byTenant : Long.compare(building, other.building);
    }
  }

  /**
   * Counts the tickets changed since the last refresh, at most {@link #BATCH} of them.
   *
   * @return whether more changed tickets wait
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean refresh(Instant now) {
    EntityManager db = entityManagers.platform();
    Object[] mark = (Object[]) native_(db, "SELECT changed_at, ticket_id FROM tally_watermark WHERE name = 'tickets'"
        + " FOR UPDATE").getSingleResult();
    Timestamp changedAt = timestamp(mark[0]);
    long ticketId = ((Number) mark[1]).longValue();
    // Two range reads on ix_ticket_updated (updated_at, then the id it carries) rather than one OR the
    // optimizer would scan for: the rest of the instant reached last time, then what changed after it.
    List<Object[]> changed = changed(db, "updated_at = ? AND id > ? ORDER BY id", BATCH, changedAt, ticketId);
    changed.addAll(changed(db, "updated_at > ? ORDER BY updated_at, id", BATCH - changed.size(), changedAt));
    Map<Key, TreeSet<LocalDate>> days = new TreeMap<>();
    for (Object[] row : changed) {
      days.computeIfAbsent(new Key((String) row[0], ((Number) row[1]).longValue()), k -> new TreeSet<>())
          .add(timestamp(row[2]).toInstant().atZone(Tenant.ZONE).toLocalDate());
    }
    days.forEach((key, touched) -> runs(touched).forEach(run -> count(db, key, run[0], run[1])));
    boolean more = changed.size() == BATCH;
    Object[] last = more ? changed.get(changed.size() - 1) : null;
    // refreshed_at says "caught up": it moves only when no changed ticket is left waiting
    native_(db, "UPDATE tally_watermark SET changed_at = ?, ticket_id = ?, refreshed_at = COALESCE(?, refreshed_at)"
        + " WHERE name = 'tickets'")
        .setParameter(1, more ? timestamp(last[3]) : Timestamp.from(now.minus(LATE_COMMITS)))
        .setParameter(2, more ? ((Number) last[4]).longValue() : 0L)
        .setParameter(3, more ? null : Timestamp.from(now))
        .executeUpdate();
    return more;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> changed(EntityManager db, String where, int limit, Object... values) {
    var query = native_(db, "SELECT tenant_id, building_id, created_at, updated_at, id FROM ticket WHERE " + where
        + " LIMIT " + limit);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    return limit == 0 ? new ArrayList<>() : new ArrayList<>(query.getResultList());
  }

  /** @return when the tallies last caught up with the tickets, if ever */
  @Transactional
  public Optional<Instant> refreshedAt() {
    Object at = native_(entityManagers.platform(),
        "SELECT refreshed_at FROM tally_watermark WHERE name = 'tickets'").getSingleResult();
    return Optional.ofNullable(at).map(TicketTallies::timestamp).map(Timestamp::toInstant);
  }

  /** Counts one building's tickets of the days {@code first} to {@code last} again. */
  private static void count(EntityManager db, Key key, LocalDate first, LocalDate last) {
    Timestamp from = Timestamp.from(first.atStartOfDay(Tenant.ZONE).toInstant());
    Timestamp to = Timestamp.from(last.plusDays(1).atStartOfDay(Tenant.ZONE).toInstant());
    String day = "DATE(t.created_at + INTERVAL " + dayShiftSeconds(from.toInstant()) + " SECOND)";
    String tickets = " WHERE t.tenant_id = ? AND t.building_id = ? AND t.created_at >= ? AND t.created_at < ?";
    for (String table : List.of("ticket_day_tally", "ticket_day_response")) {
      bind(native_(db, "DELETE FROM " + table + " WHERE tenant_id = ? AND building_id = ? AND day BETWEEN ? AND ?"),
          key, java.sql.Date.valueOf(first), java.sql.Date.valueOf(last)).executeUpdate();
    }
    insert(db, "ticket_day_tally", TALLY_COLUMNS, bind(native_(db, "SELECT t.tenant_id, " + day + ","
        + " t.building_id, t.project_id, t.category, t.channel,"
        + " COUNT(*),"
        + " SUM(t.status IN ('RESOLVED', 'CLOSED')),"
        + " SUM(t.status IN ('RESOLVED', 'CLOSED') AND t.reopen_count = 0"
        + "     AND (t.assignee_id IS NULL OR t.assignee_id = t.first_agent_id)),"
        + " COUNT(t.rating), COALESCE(SUM(t.rating), 0), COALESCE(SUM(t.rating <= 2), 0), SUM(t.repeat_complaint),"
        + clockCounts("r") + "," + clockCounts("s") + "," + clockCounts("o") + "," + clockCounts("v")
        + " FROM ticket t" + clock("r", ClockKind.RESPONSE) + clock("s", ClockKind.RESOLUTION)
        + clock("o", ClockKind.ON_SITE) + clock("v", ClockKind.RETURN_VISIT)
        + tickets + " GROUP BY 2, 4, 5, 6"), key, from, to));
    String taken = "(TIMESTAMPDIFF(SECOND, r.started_at, r.stopped_at) - r.paused_seconds)";
    insert(db, "ticket_day_response", RESPONSE_COLUMNS, bind(native_(db, "SELECT t.tenant_id, " + day + ","
        + " t.building_id, t.project_id, CASE"
        + "   WHEN " + taken + " < 7200 THEN FLOOR(" + taken + " / 60) + 1"
        + "   WHEN " + taken + " < 172800 THEN (FLOOR(" + taken + " / 600) + 1) * 10"
        + "   ELSE (FLOOR(" + taken + " / 3600) + 1) * 60 END, COUNT(*)"
        + " FROM ticket t JOIN ticket_clock r ON r.tenant_id = t.tenant_id AND r.ticket_id = t.id"
        + "   AND r.kind = 'RESPONSE' AND r.stopped_at IS NOT NULL"
        + tickets + " GROUP BY 2, 4, 5"), key, from, to));
  }

  private static String clock(String alias, ClockKind kind) {
    return " LEFT JOIN ticket_clock " + alias + " ON " + alias + ".tenant_id = t.tenant_id AND " + alias
        + ".ticket_id = t.id AND " + alias + ".kind = '" + kind.name() + "'";
  }

  /**
   * Writes what {@code select} counted. Reading first and writing the values after, rather than INSERT … SELECT,
   * keeps the read a plain consistent read: INSERT … SELECT locks the ticket rows and gaps it reads, and deadlocked
   * with tickets being filed.
   */
  @SuppressWarnings("unchecked")
  private static void insert(EntityManager db, String table, String columns, jakarta.persistence.Query select) {
    List<Object[]> rows = select.getResultList();
    int width = columns.split(",").length;
    String row = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
    for (int first = 0; first < rows.size(); first += INSERT_ROWS) {
      List<Object[]> chunk = rows.subList(first, Math.min(rows.size(), first + INSERT_ROWS));
      var insert = native_(db, "INSERT INTO " + table + " (" + columns + ") VALUES "
          + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)));
      int position = 1;
      for (Object[] values : chunk) {
        for (Object value : values) {
          insert.setParameter(position++, value);
        }
      }
      insert.executeUpdate();
    }
  }

  /** Judged, on time, stopped, and seconds taken of the clocks under {@code alias}. */
  private static String clockCounts(String alias) {
    String c = alias + ".";
    return " COALESCE(SUM(" + c + "stopped_at IS NOT NULL OR " + c + "breached_at IS NOT NULL), 0),"
        + " COALESCE(SUM(" + c + "stopped_at IS NOT NULL AND " + c + "breached_at IS NULL"
        + "   AND TIMESTAMPDIFF(SECOND, " + c + "due_at, " + c + "stopped_at) <= " + c + "paused_seconds), 0),"
        + " COUNT(" + c + "stopped_at),"
        + " COALESCE(SUM(TIMESTAMPDIFF(SECOND, " + c + "started_at, " + c + "stopped_at) - " + c + "paused_seconds), 0)";
  }

  /** @return the days as runs of consecutive days, each {first, last}: one statement per run */
  static List<LocalDate[]> runs(TreeSet<LocalDate> days) {
    List<LocalDate[]> runs = new ArrayList<>();
    for (LocalDate day : days) {
      if (!runs.isEmpty() && runs.get(runs.size() - 1)[1].plusDays(1).equals(day)) {
        runs.get(runs.size() - 1)[1] = day;
      } else {
        runs.add(new LocalDate[] {day, day});
      }
    }
    return runs;
  }

  /**
   * Stored times are the server's local time (Connector/J's default), days are the company's: the shift between the
   * two (the company's zone, China's, keeps no summer time).
   */
  static long dayShiftSeconds(Instant at) {
    return Tenant.ZONE.getRules().getOffset(at).getTotalSeconds()
        - ZoneId.systemDefault().getRules().getOffset(at).getTotalSeconds();
  }

  /** A DATETIME as Connector/J gives it in a native query: a LocalDateTime in the server's zone (or a Timestamp). */
  private static Timestamp timestamp(Object value) {
    return value instanceof java.time.LocalDateTime local ? Timestamp.valueOf(local) : (Timestamp) value;
  }

  private static jakarta.persistence.Query bind(jakarta.persistence.Query query, Key key, Object from, Object to) {
    return query.setParameter(1, key.tenant()).setParameter(2, key.building()).setParameter(3, from)
        .setParameter(4, to);
  }

  private static jakarta.persistence.Query native_(EntityManager db, String sql) {
    return db.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
  }
}
