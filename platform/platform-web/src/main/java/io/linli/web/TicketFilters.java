package io.linli.web;

import io.linli.tenancy.Tenant;
import io.linli.ticket.Channel;
import io.linli.ticket.TicketQuery.Filter;
import io.linli.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A queue filter as URL query parameters, the same for {@code GET /api/tickets} and the console's {@code
 * console/tickets}, so that a dashboard figure links to the tickets behind it. Days are the company's.
 */
public final class TicketFilters {

  private TicketFilters() {}

  /** @throws IllegalArgumentException naming the parameter, for a value that is not one */
  public static Filter parse(Map<String, List<String>> parameters) {
    var p = new QueryParameters(parameters);
    String channel = p.text("channel");
    if (channel != null && Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(channel))) {
      throw new IllegalArgumentException("channel: must be one of " + Arrays.toString(Channel.values()));
    }
    String status = p.text("status");
    if (status != null && Arrays.stream(TicketStatus.values()).noneMatch(s -> s.name().equals(status))) {
      throw new IllegalArgumentException("status: must be one of " + Arrays.toString(TicketStatus.values()));
    }
    LocalDate from = p.day("from");
    LocalDate to = p.day("to");
    return new Filter(p.text("category"), channel, status == null ? null : TicketStatus.valueOf(status),
        p.flag("open"), p.id("region"), p.id("project"), p.id("building"), p.flag("overdue"), p.flag("breached"),
        p.flag("repeat"), p.flag("lowRated"), from == null ? null : from.atStartOfDay(Tenant.ZONE).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(Tenant.ZONE).toInstant());
  }

  /** @return the parameters that say {@code filter}, the received span as the company's days */
  public static Map<String, String> format(Filter filter) {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "category", filter.category());
    put(parameters, "channel", filter.channel());
    put(parameters, "status", filter.status() == null ? null : filter.status().name());
    put(parameters, "open", filter.openOnly());
    put(parameters, "region", filter.regionId());
    put(parameters, "project", filter.projectId());
    put(parameters, "building", filter.buildingId());
    put(parameters, "overdue", filter.overdueOnly());
    put(parameters, "breached", filter.breachedOnly());
    put(parameters, "repeat", filter.repeatOnly());
    put(parameters, "lowRated", filter.lowRatedOnly());
    put(parameters, "from", day(filter.receivedFrom(), false));
    put(parameters, "to", day(filter.receivedBefore(), true));
    return parameters;
  }

  private static String day(Instant instant, boolean exclusiveEnd) {
    if (instant == null) {
      return null;
    }
    LocalDate day = instant.atZone(Tenant.ZONE).toLocalDate();
    return (exclusiveEnd ? day.minusDays(1) : day).toString();
  }

  private static void put(Map<String, String> parameters, String name, Object value) {
    if (value instanceof Boolean flag ? flag : value != null) {
      parameters.put(name, value.toString());
    }
  }
}
