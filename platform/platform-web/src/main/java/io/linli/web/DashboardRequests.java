package io.linli.web;

import io.linli.dashboard.Area;
import io.linli.dashboard.Area.Level;
import io.linli.dashboard.Period;
import io.linli.tenancy.Tenant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dashboard's place and period as URL query parameters ({@code region}, {@code project} or {@code building}, and
 * {@code from}/{@code to} as days), for {@code GET /api/dashboard} and the console's {@code console/dashboard} alike;
 * the ticket queue reads the same names.
 */
public final class DashboardRequests {

  private DashboardRequests() {}

  /** @throws IllegalArgumentException naming the parameter */
  public static Area area(Map<String, List<String>> parameters) {
    var given = new QueryParameters(parameters);
    for (Level level : List.of(Level.BUILDING, Level.PROJECT, Level.REGION)) {
      Long id = given.id(name(level));
      if (id != null) {
        return new Area(level, id);
      }
    }
    return Area.COMPANY;
  }

  /** @return the period asked for, or the last 30 days up to today when no day is given */
  public static Period period(Map<String, List<String>> parameters, Clock clock) {
    var given = new QueryParameters(parameters);
    LocalDate from = given.day("from");
    LocalDate to = given.day("to");
    if (from == null && to == null) {
      return Period.last30Days(LocalDate.now(clock.withZone(Tenant.ZONE)), Tenant.ZONE);
    }
    return new Period(from, to, Tenant.ZONE);
  }

  public static Map<String, String> parameters(Area area, Period period) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (area.level() != Level.COMPANY) {
      parameters.put(name(area.level()), String.valueOf(area.id()));
    }
    parameters.put("from", period.from().toString());
    parameters.put("to", period.to().toString());
    return parameters;
  }

  private static String name(Level level) {
    return level.name().toLowerCase(Locale.ROOT);
  }
}
