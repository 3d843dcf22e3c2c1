package io.linli.dashboard;

import io.linli.dashboard.Area.Level;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/**
 * The dashboard's tallies in plain SQL: the tickets summed from the daily tallies that {@link TicketTallies} keeps
 * (a few rows per building and day, whatever the number of tickets), and the small counts of households, staff,
 * notices and FAQ use. Every statement carries the bound tenant.
 */
@ApplicationScoped
public class DashboardQueries {

  @Inject TenantEntityManager entityManagers;

  /** Where the figures are taken: the area, the projects the person sees (null: all), over the period. */
  public record Scope(Area area, Collection<Long> visibleProjects, Period period) {}

  /** The period's tickets of the area by place below, category, channel and day, summed from the daily tallies. */
  @Transactional
  public List<TicketTally> tickets(Scope scope) {
    String sql = "SELECT " + place(scope.area(), "d.project_id", "d.building_id") + ", d.category, d.channel, d.day,"
        + " SUM(received), SUM(resolved), SUM(first_contact), SUM(rated), SUM(rating_sum), SUM(low_rated),"
        + " SUM(repeats), SUM(response_judged), SUM(response_on_time), SUM(response_stopped), SUM(response_seconds),"
        + " SUM(resolution_judged), SUM(resolution_on_time), SUM(resolution_stopped), SUM(resolution_seconds),"
        + " SUM(on_site_judged), SUM(on_site_on_time), SUM(on_site_stopped), SUM(on_site_seconds),"
        + " SUM(visit_judged), SUM(visit_on_time), SUM(visit_stopped), SUM(visit_seconds)"
        + " FROM ticket_day_tally d" + projects(scope) + " WHERE " + talliesOf(scope) + " GROUP BY 1, 2, 3, 4";
    List<TicketTally> tallies = new ArrayList<>();
    for (Object[] row : rows(sql, tenantAndDays(scope.period()))) {
      tallies.add(new TicketTally(number(row[0]), (String) row[1], (String) row[2], day(row[3]), number(row[4]),
          number(row[5]), number(row[6]), number(row[7]), number(row[8]), number(row[9]), number(row[10]),
          counts(row, 11),
          counts(row, 15), counts(row, 19), counts(row, 23)));
    }
    return tallies;
  }

  /** The distribution of the area's response times, grouped as {@link ServiceFigures#bucketOf(long)} does. */
  @Transactional
  public List<ClockTally> responseTimes(Scope scope) {
    String sql = "SELECT up_to_minutes, SUM(clocks) FROM ticket_day_response d" + projects(scope)
        + " WHERE " + talliesOf(scope) + " GROUP BY 1";
    List<ClockTally> tallies = new ArrayList<>();
    for (Object[] row : rows(sql, tenantAndDays(scope.period()))) {
      tallies.add(new ClockTally(number(row[0]), number(row[1])));
    }
    return tallies;
  }

  /** @return the households and staff of each place below the area, and under the key -1 of the whole area */
  @Transactional
  public Map<Long, Reach> reach(Scope scope) {
    String where = "b.tenant_id = ?" + areaOf(scope.area(), "p.id", "b.id") + visible(scope, "p.id");
    String households = "SELECT " + place(scope.area(), "p.id", "b.id") + ", COUNT(*) FROM household h"
        + " JOIN building b ON b.id = h.building_id AND b.tenant_id = h.tenant_id"
        + " JOIN project p ON p.id = b.project_id AND p.tenant_id = b.tenant_id WHERE " + where
        + " GROUP BY 1";
    String staff = " COUNT(DISTINCT CASE WHEN s.role = 'CUSTOMER_SERVICE_AGENT' THEN s.id END),"
        + " COUNT(DISTINCT CASE WHEN s.role = 'BUILDING_STEWARD' THEN s.id END)"
        + " FROM building b JOIN project p ON p.id = b.project_id AND p.tenant_id = b.tenant_id"
        + " JOIN staff_assignment a ON a.tenant_id = b.tenant_id"
        + "   AND (a.building_id = b.id OR a.project_id = p.id OR a.region_id = p.region_id)"
        + " JOIN staff_member s ON s.id = a.staff_id AND s.tenant_id = a.tenant_id WHERE " + where;
    Map<Long, Long> householdsOf = new HashMap<>();
    for (Object[] row : rows(households, List.of(tenant()))) {
      householdsOf.put(number(row[0]), number(row[1]));
    }
    Map<Long, Reach> reach = new HashMap<>();
    for (Object[] row : rows("SELECT " + place(scope.area(), "p.id", "b.id") + "," + staff + " GROUP BY 1",
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
  @Transactional
  public Map<Long, Ratio> acknowledgements(Scope scope) {
    String sql = "SELECT " + place(scope.area(), "p.id", "b.id") + ", COUNT(*), COUNT(r.acknowledged_at)"
        + " FROM notice n JOIN notice_receipt r ON r.tenant_id = n.tenant_id AND r.notice_id = n.id"
        + " JOIN household h ON h.id = r.household_id AND h.tenant_id = r.tenant_id"
        + " JOIN building b ON b.id = h.building_id AND b.tenant_id = h.tenant_id"
        + " JOIN project p ON p.id = b.project_id AND p.tenant_id = b.tenant_id"
        + " WHERE n.tenant_id = ? AND n.severity = 'CRITICAL' AND n.published_at >= ? AND n.published_at < ?"
        + areaOf(scope.area(), "p.id", "b.id") + visible(scope, "p.id") + " GROUP BY 1";
    return rows(sql, tenantAndPeriod(scope.period())).stream()
        .collect(Collectors.toMap(row -> number(row[0]), row -> new Ratio(number(row[2]), number(row[1]))));
  }

  /** @return the company's FAQ searches over the period, and the households' marks "这解决了我的问题" */
  @Transactional
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
  private static String place(Area area, String project, String building) {
    return switch (area.level().below()) {
      case REGION -> "p.region_id";
      case PROJECT -> project;
      case BUILDING -> building;
      case COMPANY -> throw new IllegalArgumentException("nothing is above the company");
    };
  }

  private static String areaOf(Area area, String project, String building) {
    return switch (area.level()) {
      case COMPANY -> "";
      case REGION -> " AND p.region_id = " + area.id();
      case PROJECT -> " AND " + project + " = " + area.id();
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

  /** The region of each tally's project, when regions are asked about. */
  private static String projects(Scope scope) {
    boolean regions = scope.area().level() == Level.REGION || scope.area().level().below() == Level.REGION;
    return regions ? " JOIN project p ON p.id = d.project_id AND p.tenant_id = d.tenant_id" : "";
  }

  private static String talliesOf(Scope scope) {
    return "d.tenant_id = ? AND d.day BETWEEN ? AND ?"
        + areaOf(scope.area(), "d.project_id", "d.building_id") + visible(scope, "d.project_id");
  }

  private static List<Object> tenantAndDays(Period period) {
    return List.of(tenant(), java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.to()));
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

  private static ClockCounts counts(Object[] row, int first) {
    return new ClockCounts(number(row[first]), number(row[first + 1]), number(row[first + 2]), number(row[first + 3]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
  }
}
