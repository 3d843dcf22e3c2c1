package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.dashboard.DashboardService;
import io.linli.dashboard.DashboardService.Dashboard;
import io.linli.dashboard.Ratio;
import io.linli.dashboard.ServiceFigures;
import io.linli.identity.SignedInUser;
import io.linli.plugin.PluginContributions;
import io.linli.web.DashboardRequests;
import io.linli.web.DashboardSheets;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The company's dashboard: the service figures of a place over a period (the company, or {@code region}, {@code
 * project}, {@code building}; {@code from}/{@code to} days, default the last 30), as JSON or an Excel sheet, and the
 * figures its plugins contribute.
 */
@Path("dashboard")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject PluginContributions plugins;
  @Inject DashboardService dashboards;
  @Inject Clock clock;
  @Context SecurityContext security;
  @Context UriInfo uri;

  /** A share with its counts; {@code share} is null when there is nothing to share. */
  public record RatioJson(long part, long whole, Double share) {
    static RatioJson of(Ratio ratio) {
      return new RatioJson(ratio.part(), ratio.whole(), value(ratio.share()));
    }
  }

  public record ClockJson(Double averageMinutes, Long p90Minutes, RatioJson onTime) {}

  public record DayJson(String day, long received, long complaints, Double averageResponseMinutes) {}

  public record FiguresJson(long received, Map<String, Long> byCategory, Map<String, Long> byChannel,
      Map<String, ClockJson> clocks, RatioJson resolution, RatioJson firstContact, Double averageRating,
      RatioJson lowRatings, RatioJson repeats, long complaints, Double complaintsPerThousandHouseholds,
      long households, long agents, long stewards, Double householdsPerAgent, Double householdsPerSteward,
      RatioJson acknowledgement, RatioJson deflection, List<DayJson> days) {

    static FiguresJson of(ServiceFigures f) {
      Map<String, ClockJson> clocks = new LinkedHashMap<>();
      f.clocks().forEach((kind, c) -> clocks.put(kind.name(), new ClockJson(value(c.averageMinutes()),
          c.p90Minutes().isPresent() ? c.p90Minutes().getAsLong() : null, RatioJson.of(c.onTime()))));
      return new FiguresJson(f.received(), f.byCategory(), f.byChannel(), clocks, RatioJson.of(f.resolution()),
          RatioJson.of(f.firstContact()), value(f.averageRating()), RatioJson.of(f.lowRatings()),
          RatioJson.of(f.repeats()), f.complaints(), value(f.complaintsPerThousandHouseholds()),
          f.reach().households(), f.reach().agents(), f.reach().stewards(), value(f.householdsPerAgent()),
          value(f.householdsPerSteward()), RatioJson.of(f.acknowledgement()), RatioJson.of(f.deflection()),
          f.days().stream().map(d -> new DayJson(d.day().toString(), d.received(), d.complaints(),
              value(d.averageResponseMinutes()))).toList());
    }
  }

  /** A place: {@code level} COMPANY (no id, no name), REGION, PROJECT or BUILDING. */
  public record PlaceJson(String level, Long id, String name, FiguresJson figures) {}

  /** @param asOf when the figures last caught up with the tickets (every few seconds) */
  public record DashboardJson(String from, String to, String asOf, List<PlaceJson> path, FiguresJson total,
      List<PlaceJson> places) {}

  @GET
  @RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER})
  public DashboardJson dashboard() {
    Dashboard d = dashboard(uri);
    return new DashboardJson(d.period().from().toString(), d.period().to().toString(),
        d.asOf().map(Object::toString).orElse(null), d.path().stream().map(p -> place(p, null)).toList(), FiguresJson.of(d.total()),
        d.places().stream().map(p -> place(p.place(), FiguresJson.of(p.figures()))).toList());
  }

  @GET
  @Path("export")
  @RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER})
  @Produces(Spreadsheets.XLSX)
  public Response export(@Context HttpHeaders headers) throws IOException {
    Dashboard d = dashboard(uri);
    Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
    return Spreadsheets.attachment("dashboard-" + d.period().from() + "-" + d.period().to() + ".xlsx",
        out -> DashboardSheets.write(d, locale, out));
  }

  private Dashboard dashboard(UriInfo uri) {
    var parameters = uri.getQueryParameters();
    return dashboards.of((SignedInUser) security.getUserPrincipal(), DashboardRequests.area(parameters),
        DashboardRequests.period(parameters, clock));
  }

  private static PlaceJson place(DashboardService.Place place, FiguresJson figures) {
    return new PlaceJson(place.area().level().name(), place.area().id(),
        place.name() == null ? null : place.name().zh(), figures);
  }

  private static Double value(OptionalDouble value) {
    return value.isPresent() ? Math.round(value.getAsDouble() * 1000) / 1000.0 : null;
  }

  /** A figure, with the plugin that contributed it. */
  public record MetricJson(String plugin, String key, String label, String value, String unit, String signal) {}

  @GET
  @Path("metrics")
  public List<MetricJson> metrics() {
    return plugins.metrics().stream().map(m -> new MetricJson(m.pluginId(), m.metric().key(),
        m.metric().label().zh(), m.metric().value(), m.metric().unit(), m.metric().signal().name())).toList();
  }
}
