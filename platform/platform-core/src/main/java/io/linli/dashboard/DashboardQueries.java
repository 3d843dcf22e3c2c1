package io.linli.dashboard;

import io.linli.sla.ClockKind;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/**
 * The dashboard's tallies in plain SQL: one pass over the period's tickets (with their response clock) and one over
 * their clocks, both on {@code ix_ticket_created}, grouped by the place below the area; the counts of households,
 * staff, notices and FAQ use are small. Every statement carries the bound tenant.
 */
@ApplicationScoped
public class DashboardQueries {

  @Inject TenantEntityManager entityManagers;

  /** Where the figures are taken: the area, the projects the person sees (null: all), over the period. */
  public record Scope(Area area, Collection<Long> visibleProjects, Period period) {}

  public List<TicketTally> tickets(Scope scope) {
    String sql = "SELECT " + place(scope.area(), "t.building_id") + ", t.category, t.channel,"
        + " DATE(t.created_at + INTERVAL ? SECOND),"
        + " COUNT(*),"
        + " SUM(t.status IN ('RESOLVED', 'CLOSED')),"
        + " SUM(t.status IN ('RESOLVED', 'CLOSED') AND t.reopen_count = 0"
        + "     AND (t.assignee_id IS NULL OR t.assignee_id = t.first_agent_id)),"
        + " COUNT(t.rating), COALESCE(SUM(t.rating), 0), COALESCE(SUM(t.rating <= 2), 0),"
        + " SUM(t.repeat_complaint),"
        + " COUNT(r.stopped_at),"
        + " COALESCE(SUM(TIMESTAMPDIFF(SECOND, r.started_at, r.stopped_at) - r.paused_seconds), 0)"
        + " FROM ticket t JOIN project p ON p.id = t.project_id"
        + " LEFT JOIN ticket_clock r ON r.tenant_id = t.tenant_id AND r.ticket_id = t.id AND r.kind = 'RESPONSE'"
        + " WHERE " + ticketsOf(scope)
        + " GROUP BY 1, 2, 3, 4";
    List<Object> values = new ArrayList<>(List.of(dayShiftSeconds(scope.period())));
    values.addAll(tenantAndPeriod(scope.period()));
    List<TicketTally> tallies = new ArrayList<>();
    for (Object[] row : rows(sql, values)) {
      tallies.add(new TicketTally(number(row[0]), (String) row[1], (String) row[2], day(row[3]), number(row[4]),
          number(row[5]), number(row[6]), number(row[7]), number(row[8]), number(row[9]), number(row[10]),
          number(row[11]), number(row[12])));
    }
    return tallies;
  }

  public List<ClockTally> clocks(Scope scope) {
    String taken = "TIMESTAMPDIFF(SECOND, c.started_at, c.stopped_at) - c.paused_seconds";
    String sql = "SELECT place, kind, bucket, COUNT(*), COALESCE(SUM(taken), 0), SUM(on_time) FROM ("
        + " SELECT " + place(scope.area(), "t.building_id") + " AS place, c.kind AS kind, " + taken + " AS taken,"
        + " CASE WHEN c.stopped_at IS NULL THEN 0"
        + "   WHEN " + taken + " < 7200 THEN FLOOR((" + taken + ") / 60) + 1"
        + "   WHEN " + taken + " < 172800 THEN (FLOOR((" + taken + ") / 600) + 1) * 10"
        + "   ELSE (FLOOR((" + taken + ") / 3600) + 1) * 60 END AS bucket,"
        + " (c.stopped_at IS NOT NULL AND c.breached_at IS NULL"
        + "   AND TIMESTAMPDIFF(SECOND, c.due_at, c.stopped_at) <= c.paused_seconds) AS on_time"
        + " FROM ticket t JOIN project p ON p.id = t.project_id"
        + " JOIN ticket_clock c ON c.tenant_id = t.tenant_id AND c.ticket_id = t.id"
        + " WHERE " + ticketsOf(scope) + " AND (c.stopped_at IS NOT NULL OR c.breached_at IS NOT NULL)"
        + ") clocks GROUP BY place, kind, bucket";
    List<ClockTally> tallies = new ArrayList<>();
    for (Object[] row : rows(sql, tenantAndPeriod(scope.period()))) {
      tallies.add(new ClockTally(number(row[0]), ClockKind.valueOf((String) row[1]), number(row[2]),
          number(row[3]), number(row[4]), number(row[5])));
    }
    return tallies;
  }

  /** @return the households and staff of each place below the area, and under the key -1 of the whole area */
  public Map<Long, Reach> reach(Scope scope) {
    String where = "b.tenant_id = ?" + areaOf(scope.area(), "b.id") + visible(scope, "p.id");
    String households = "SELECT " + place(scope.area(), "b.id") + ", COUNT(*) FROM household h"
        + " JOIN building b ON b.id = h.building_id JOIN project p ON p.id = b.project_id WHERE " + where
        + " GROUP BY 1";
    String staff = " COUNT(DISTINCT CASE WHEN s.role = 'CUSTOMER_SERVICE_AGENT' THEN s.id END),"
        + " COUNT(DISTINCT CASE WHEN s.role = 'BUILDING_STEWARD' THEN s.id END)"
        + " FROM building b JOIN project p ON p.id = b.project_id"
        + " JOIN staff_assignment a ON a.tenant_id = b.tenant_id"
        + "   AND (a.building_id = b.id OR a.project_id = p.id OR a.region_id = p.region_id)"
        + " JOIN staff_member s ON s.id = a.staff_id WHERE " + where;
    Map<Long, Long> householdsOf = new HashMap<>();
    for (Object[] row : rows(households, List.of(tenant()))) {
      householdsOf.put(number(row[0]), number(row[1]));
    }
    Map<Long, Reach> reach = new HashMap<>();
    for (Object[] row : rows("SELECT " + place(scope.area(), "b.id") + "," + staff + " GROUP BY 1",
        List.of(tenant()))) {
      reach.put(number(row[0]), new Reach(householdsOf.getOrDefault(number(row[0]), 0L), number(row[1]),
          number(row[2])));
    }
    householdsOf.forEach((place, count) -> reach.putIfAbsent(place, new Reach(count, 0, 0)));
    Object[] whole = rows("SELECT -1," + staff, List.of(tenant())).get(0);
    reach.put(-1L, new Reach(householdsOf.values().stream().mapToLong(Long::longValue).sum(), number(whole[1]),
        number(whole[2])));
    return reach;
  }

  /** @return households asked to acknowledge the period's critical notices, and those who did, by place */
  public Map<Long, Ratio> acknowledgements(Scope scope) {
    String sql = "SELECT " + place(scope.area(), "b.id") + ", COUNT(*), COUNT(r.acknowledged_at)"
        + " FROM notice n JOIN notice_receipt r ON r.tenant_id = n.tenant_id AND r.notice_id = n.id"
        + " JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id"
        + " JOIN project p ON p.id = b.project_id"
        + " WHERE n.tenant_id = ? AND n.severity = 'CRITICAL' AND n.published_at >= ? AND n.published_at < ?"
        + areaOf(scope.area(), "b.id") + visible(scope, "p.id") + " GROUP BY 1";
    return rows(sql, tenantAndPeriod(scope.period())).stream()
        .collect(Collectors.toMap(row -> number(row[0]), row -> new Ratio(number(row[2]), number(row[1]))));
  }

  /** @return the company's FAQ searches over the period, and the households' marks "这解决了我的问题" */
  public Ratio deflection(Period period) {
    String sql = "SELECT (SELECT COUNT(*) FROM knowledge_helpful WHERE tenant_id = ? AND marked_at >= ?"
        + " AND marked_at < ?), (SELECT COUNT(*) FROM knowledge_search WHERE tenant_id = ? AND searched_at >= ?"
        + " AND searched_at < ?)";
    List<Object> values = new ArrayList<>(tenantAndPeriod(period));
    values.addAll(tenantAndPeriod(period));
    Object[] row = rows(sql, values).get(0);
    return new Ratio(Math.min(number(row[0]), number(row[1])), number(row[1]));
  }

  /** The place below the area a row counts for, in terms of {@code p} (project) and a building id column. */
  private static String place(Area area, String building) {
    return switch (area.level().below()) {
      case REGION -> "p.region_id";
      case PROJECT -> "p.id";
      case BUILDING -> building;
      case COMPANY -> throw new IllegalArgumentException("nothing is above the company");
    };
  }

  private static String areaOf(Area area, String building) {
    return switch (area.level()) {
      case COMPANY -> "";
      case REGION -> " AND p.region_id = " + area.id();
      case PROJECT -> " AND p.id = " + area.id();
      case BUILDING -> " AND " + building + " = " + area.id();
    };
  }

  private static String visible(Scope scope, String project) {
    if (scope.visibleProjects() == null) {
      return "";
    }
    if (scope.visibleProjects().isEmpty()) {
      return " AND FALSE";
    }
    return " AND " + project + " IN ("
        + scope.visibleProjects().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
  }

  private static String ticketsOf(Scope scope) {
    return "t.tenant_id = ? AND t.created_at >= ? AND t.created_at < ?" + areaOf(scope.area(), "t.building_id")
        + visible(scope, "t.project_id");
  }

  /**
   * Stored times are the server's local time (Connector/J's default), days are the company's: the shift between the
   * two at the start of the period (the company's zone, China's, keeps no summer time).
   */
  private static long dayShiftSeconds(Period period) {
    Instant start = period.start();
    return period.zone().getRules().getOffset(start).getTotalSeconds()
        - ZoneId.systemDefault().getRules().getOffset(start).getTotalSeconds();
  }

  private static List<Object> tenantAndPeriod(Period period) {
    return List.of(tenant(), Timestamp.from(period.start()), Timestamp.from(period.end()));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, List<Object> values) {
    var query = entityManagers.current().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
    }
    return rows;
  }

  private static String tenant() {
    return TenantContext.require().value();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
  }
}
