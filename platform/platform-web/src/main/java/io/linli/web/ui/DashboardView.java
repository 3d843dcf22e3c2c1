package io.linli.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import io.linli.api.Metric.Signal;
import io.linli.dashboard.Area;
import io.linli.dashboard.Area.Level;
import io.linli.dashboard.ClockFigures;
import io.linli.dashboard.DashboardService;
import io.linli.dashboard.DashboardService.Dashboard;
import io.linli.dashboard.DashboardService.Place;
import io.linli.dashboard.DashboardService.PlaceFigures;
import io.linli.dashboard.DashboardService.ProjectAlert;
import io.linli.dashboard.Period;
import io.linli.dashboard.Ratio;
import io.linli.dashboard.ServiceFigures;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.plugin.PluginContributions;
import io.linli.sla.ClockKind;
import io.linli.tenancy.Tenant;
import io.linli.web.DashboardFormat;
import io.linli.web.DashboardRequests;
import io.linli.web.DashboardSheets;
import io.linli.web.Translations;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * 沟通看板: a manager's figures over a period for the company, a region, a project or a building, with trends, the
 * break-down by category and channel, and the places one level down. Every figure links to the tickets behind it;
 * the view exports to Excel. The place and period are in the URL, so a view can be bookmarked and shared.
 */
@Route(value = "console/dashboard", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final DashboardService dashboards;
  private final PluginContributions plugins;
  private final Clock clock;
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final Div content = new Div();
  private Area area = Area.COMPANY;

  @Inject
  public DashboardView(DashboardService dashboards, PluginContributions plugins, Clock clock) {
    this.dashboards = dashboards;
    this.plugins = plugins;
    this.clock = clock;
    setWidthFull();
    from.setLabel(getTranslation("dashboard.from"));
    to.setLabel(getTranslation("dashboard.to"));
    from.setId("dashboard-from");
    to.setId("dashboard-to");
    from.setLocale(getLocale());
    to.setLocale(getLocale());
    Button show = new Button(getTranslation("dashboard.show"), e -> go(area, period()));
    show.setId("dashboard-show");
    HorizontalLayout bar = new HorizontalLayout(from, to, show);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    content.setWidthFull();
    add(new H2(getTranslation("dashboard.title")), bar, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedInUser user = Session.requireUser();
    content.removeAll();
    if (Collections.disjoint(user.roles(), DashboardService.OVERSEERS)) {
      content.add(new Paragraph(getTranslation("dashboard.forbidden")));
      return;
    }
    Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
    Period period;
    try {
      area = DashboardRequests.area(parameters);
      period = DashboardRequests.period(parameters, clock);
    } catch (IllegalArgumentException e) {
      content.add(new Paragraph(getTranslation("dashboard.bad-period")));
      return;
    }
    from.setValue(period.from());
    to.setValue(period.to());
    Dashboard dashboard;
    try {
      dashboard = dashboards.of(user, area, period);
    } catch (NoSuchElementException e) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    show(dashboard);
  }

  private void show(Dashboard dashboard) {
    DashboardFormat format = new DashboardFormat(getLocale());
    Span asOf = new Span(dashboard.asOf().map(at -> getTranslation("dashboard.as-of", Times.WHEN.format(at)))
        .orElse(getTranslation("dashboard.as-of.never")));
    asOf.setId("dashboard-as-of");
    asOf.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    content.add(breadcrumb(dashboard), asOf, alerts(dashboard), tiles(dashboard, format), charts(dashboard, format),
        places(dashboard, format));
    var metrics = plugins.metrics();
    if (!metrics.isEmpty()) {
      Div figures = row();
      figures.setId("dashboard-plugin-metrics");
      metrics.forEach(m -> figures.add(MetricTile.of(m.metric(), getLocale())));
      content.add(new H3(getTranslation("dashboard.plugins")), figures);
    }
    Anchor export = new Anchor(new StreamResource("dashboard.xlsx",
        (out, session) -> DashboardSheets.write(dashboard, getLocale(), out)), "");
    export.add(new Button(getTranslation("dashboard.export")));
    export.getElement().setAttribute("download", true);
    export.setId("dashboard-export");
    content.add(export);
  }

  private Div breadcrumb(Dashboard dashboard) {
    Div path = row();
    path.setId("dashboard-path");
    for (Place place : dashboard.path()) {
      String name = place.name() == null ? getTranslation("dashboard.company") : place.name().in(getLocale());
      if (place == dashboard.place()) {
        Span here = new Span(name);
        here.getStyle().set("font-weight", "600");
        path.add(here);
      } else {
        RouterLink up = new RouterLink(name, DashboardView.class);
        up.setQueryParameters(QueryParameters.simple(DashboardRequests.parameters(place.area(), dashboard.period())));
        path.add(up, new Span("›"));
      }
    }
    return path;
  }

  /** The area's red and yellow projects (预警) with their reasons, each opening its overdue tickets. */
  private Div alerts(Dashboard dashboard) {
    Div box = new Div();
    box.setId("dashboard-alerts");
    List<ProjectAlert> raised = dashboard.alerts().stream()
        .filter(a -> a.standing().signal() == Signal.RED || a.standing().signal() == Signal.YELLOW).toList();
    if (raised.isEmpty()) {
      Span calm = new Span(getTranslation("dashboard.alerts.none"));
      calm.getStyle().set("color", "var(--lumo-secondary-text-color)");
      box.add(calm);
      return box;
    }
    for (ProjectAlert alert : raised) {
      Div line = row();
      line.getStyle().set("margin", "var(--lumo-space-xs) 0");
      Span name = new Span(alert.project().name().in(getLocale()));
      name.getStyle().set("font-weight", "600");
      line.add(SignalBadge.of(alert.standing().signal(),
          getTranslation("alerts.signal." + alert.standing().signal().name())), name);
      alert.standing().rules().stream()
          .filter(r -> r.signal() == Signal.RED || r.signal() == Signal.YELLOW)
          .forEach(r -> line.add(new Span(r.rule().label().in(getLocale()) + "：" + r.reason().in(getLocale()))));
      Map<String, String> overdue = new LinkedHashMap<>();
      overdue.put("project", String.valueOf(alert.project().area().id()));
      overdue.put("overdue", "true");
      Button tickets = new Button(getTranslation("dashboard.alerts.overdue"), e -> openTickets(overdue));
      tickets.setId("alert-tickets-" + alert.project().area().id());
      tickets.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
      line.add(tickets);
      box.add(line);
    }
    return box;
  }

  private Div tiles(Dashboard dashboard, DashboardFormat format) {
    ServiceFigures f = dashboard.total();
    Map<String, String> tickets = DashboardRequests.parameters(dashboard.place().area(), dashboard.period());
    ClockFigures response = f.clocks().get(ClockKind.RESPONSE);
    ClockFigures resolution = f.clocks().get(ClockKind.RESOLUTION);
    Div tiles = row();
    tiles.setId("dashboard-figures");
    tiles.add(
        tile("received", String.valueOf(f.received()), Signal.NONE, tickets),
        tile("response", response == null ? DashboardFormat.NONE
            : format.duration(response.averageMinutes()) + " / P90 "
                + format.duration(response.p90Minutes().isPresent()
                    ? OptionalDouble.of(response.p90Minutes().getAsLong()) : OptionalDouble.empty()),
            Signal.NONE, with(tickets, "breached")),
        tile("response-on-time", response == null ? DashboardFormat.NONE : format.percent(response.onTime()),
            response == null ? Signal.NONE : onTimeSignal(response.onTime()), with(tickets, "breached")),
        onTimeTile("resolution-on-time", resolution, tickets),
        onTimeTile("on-site-on-time", f.clocks().get(ClockKind.ON_SITE), tickets),
        onTimeTile("visit-on-time", f.clocks().get(ClockKind.RETURN_VISIT), tickets),
        tile("resolution", format.percent(f.resolution()), Signal.NONE, with(tickets, "open")),
        tile("first-contact", format.percent(f.firstContact()), Signal.NONE, tickets),
        tile("rating", format.number(f.averageRating(), "%.2f"), Signal.NONE, with(tickets, "lowRated")),
        tile("low-ratings", format.percent(f.lowRatings()), Signal.NONE, with(tickets, "lowRated")),
        tile("repeats", format.percent(f.repeats()), Signal.NONE, with(tickets, "repeat")),
        tile("complaints", format.number(f.complaintsPerThousandHouseholds(), "%.1f"), Signal.NONE,
            withValue(tickets, "category", ServiceFigures.COMPLAINT)),
        tile("acknowledgement", format.percent(f.acknowledgement()), Signal.NONE, null),
        tile("deflection", format.percent(f.deflection()), Signal.NONE, null),
        tile("per-agent", format.number(f.householdsPerAgent(), "%.0f"),
            staffingSignal(f.householdsPerAgent(), ServiceFigures.HOUSEHOLDS_PER_AGENT), null),
        tile("per-steward", format.number(f.householdsPerSteward(), "%.0f"),
            staffingSignal(f.householdsPerSteward(), ServiceFigures.HOUSEHOLDS_PER_STEWARD), null));
    return tiles;
  }

  /** A clock's on-time rate, opening the tickets that missed a deadline. */
  private Div onTimeTile(String key, ClockFigures clock, Map<String, String> tickets) {
    return tile(key, clock == null ? DashboardFormat.NONE : new DashboardFormat(getLocale()).percent(clock.onTime()),
        clock == null ? Signal.NONE : onTimeSignal(clock.onTime()), with(tickets, "breached"));
  }

  /** A figure; with {@code tickets} it opens the queue of the tickets behind it. */
  private Div tile(String key, String shown, Signal signal, Map<String, String> tickets) {
    Div tile = MetricTile.of(getTranslation("dashboard.figure." + key), shown, signal);
    tile.setId("figure-" + key);
    tile.getElement().setAttribute("title", getTranslation("dashboard.figure." + key + ".about"));
    if (tickets != null) {
      tile.getStyle().set("cursor", "pointer");
      tile.addClickListener(e -> openTickets(tickets));
    }
    return tile;
  }

  private Div charts(Dashboard dashboard, DashboardFormat format) {
    ServiceFigures f = dashboard.total();
    Map<String, String> tickets = DashboardRequests.parameters(dashboard.place().area(), dashboard.period());
    List<ServiceFigures.Day> days = f.days();
    EChart trend = new EChart("18rem");
    trend.setId("chart-trend");
    JsonArrayBuilder x = Json.createArrayBuilder();
    JsonArrayBuilder received = Json.createArrayBuilder();
    JsonArrayBuilder complaints = Json.createArrayBuilder();
    JsonArrayBuilder response = Json.createArrayBuilder();
    for (ServiceFigures.Day day : days) {
      x.add(DAY.format(day.day()));
      received.add(day.received());
      complaints.add(day.complaints());
      if (day.averageResponseMinutes().isPresent()) {
        response.add(Math.round(day.averageResponseMinutes().getAsDouble()));
      } else {
        response.addNull();
      }
    }
    trend.draw(EChart.option()
        .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", x))
        .add("yAxis", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("type", "value").add("name", getTranslation("dashboard.chart.count")))
            .add(Json.createObjectBuilder().add("type", "value").add("name", getTranslation("dashboard.chart.minutes"))))
        .add("series", Json.createArrayBuilder()
            .add(series("bar", getTranslation("dashboard.chart.received"), received).add("yAxisIndex", 0))
            .add(series("bar", getTranslation("dashboard.chart.complaints"), complaints).add("yAxisIndex", 0))
            .add(series("line", getTranslation("dashboard.chart.response"), response).add("yAxisIndex", 1)
                .add("connectNulls", true)))
        .build());
    trend.onClick(i -> {
      String day = days.get(i).day().toString();
      openTickets(withValue(withValue(tickets, "from", day), "to", day));
    });
    Div charts = new Div(new H3(getTranslation("dashboard.chart.trend")), trend,
        breakdown("chart-category", getTranslation("dashboard.chart.category"), f.byCategory(), "category",
            c -> Translations.word(format.texts(), "category." + c, c), tickets),
        breakdown("chart-channel", getTranslation("dashboard.chart.channel"), f.byChannel(), "channel",
            c -> getTranslation("channel." + c), tickets));
    charts.setWidthFull();
    return charts;
  }

  private Div breakdown(String id, String title, Map<String, Long> counts, String parameter,
      java.util.function.Function<String, String> label, Map<String, String> tickets) {
    List<String> keys = List.copyOf(counts.keySet());
    JsonArrayBuilder x = Json.createArrayBuilder();
    JsonArrayBuilder y = Json.createArrayBuilder();
    keys.forEach(k -> {
      x.add(label.apply(k));
      y.add(counts.get(k));
    });
    EChart chart = new EChart("14rem");
    chart.setId(id);
    chart.draw(EChart.option()
        .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", x))
        .add("yAxis", Json.createObjectBuilder().add("type", "value"))
        .add("series", Json.createArrayBuilder().add(series("bar", title, y)))
        .build());
    chart.onClick(i -> openTickets(withValue(tickets, parameter, keys.get(i))));
    Div box = new Div(new H3(title), chart);
    box.getStyle().set("display", "inline-block").set("width", "50%").set("min-width", "20rem");
    return box;
  }

  private Div places(Dashboard dashboard, DashboardFormat format) {
    Grid<PlaceFigures> grid = new Grid<>();
    grid.setId("dashboard-places");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.addColumn(p -> p.place().name().in(getLocale())).setHeader(getTranslation("dashboard.col.place"))
        .setFlexGrow(2);
    grid.addColumn(p -> p.figures().received()).setHeader(getTranslation("dashboard.figure.received"));
    grid.addColumn(p -> onTime(p.figures(), ClockKind.RESPONSE, format))
        .setHeader(getTranslation("dashboard.figure.response-on-time"));
    grid.addColumn(p -> format.percent(p.figures().resolution())).setHeader(getTranslation("dashboard.figure.resolution"));
    grid.addColumn(p -> format.number(p.figures().averageRating(), "%.2f"))
        .setHeader(getTranslation("dashboard.figure.rating"));
    grid.addColumn(p -> format.percent(p.figures().lowRatings())).setHeader(getTranslation("dashboard.figure.low-ratings"));
    grid.addColumn(p -> format.number(p.figures().complaintsPerThousandHouseholds(), "%.1f"))
        .setHeader(getTranslation("dashboard.figure.complaints"));
    grid.addColumn(p -> format.percent(p.figures().acknowledgement()))
        .setHeader(getTranslation("dashboard.figure.acknowledgement"));
    grid.addColumn(p -> format.number(p.figures().householdsPerSteward(), "%.0f"))
        .setHeader(getTranslation("dashboard.figure.per-steward"));
    grid.setItems(dashboard.places());
    grid.addItemClickListener(e -> {
      Area place = e.getItem().place().area();
      if (place.equals(dashboard.place().area())) {
        openTickets(DashboardRequests.parameters(place, dashboard.period()));
      } else {
        go(place, dashboard.period());
      }
    });
    Div box = new Div(new H3(getTranslation("dashboard.places." + dashboard.place().area().level().below())), grid);
    box.setWidthFull();
    return box;
  }

  private static String onTime(ServiceFigures f, ClockKind kind, DashboardFormat format) {
    ClockFigures clock = f.clocks().get(kind);
    return clock == null ? DashboardFormat.NONE : format.percent(clock.onTime());
  }

  /** Nine in ten on time or better is the service standard; below eight in ten is red. */
  private static Signal onTimeSignal(Ratio onTime) {
    if (onTime.share().isEmpty()) {
      return Signal.NONE;
    }
    double share = onTime.share().getAsDouble();
    return share >= 0.9 ? Signal.GREEN : share >= 0.8 ? Signal.YELLOW : Signal.RED;
  }

  private static Signal staffingSignal(OptionalDouble householdsPerPerson, int standard) {
    return householdsPerPerson.isEmpty() ? Signal.NONE
        : householdsPerPerson.getAsDouble() <= standard ? Signal.GREEN : Signal.RED;
  }

  private static jakarta.json.JsonObjectBuilder series(String type, String name, JsonArrayBuilder data) {
    return Json.createObjectBuilder().add("type", type).add("name", name).add("data", data);
  }

  private static Div row() {
    Div row = new Div();
    row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
        .set("align-items", "baseline").set("margin", "var(--lumo-space-m) 0");
    return row;
  }

  private Period period() {
    try {
      return new Period(from.getValue(), to.getValue(), Tenant.ZONE);
    } catch (IllegalArgumentException e) {
      return Period.last30Days(LocalDate.now(clock.withZone(Tenant.ZONE)), Tenant.ZONE);
    }
  }

  private void go(Area to, Period period) {
    UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(DashboardRequests.parameters(to, period)));
  }

  private void openTickets(Map<String, String> parameters) {
    UI.getCurrent().navigate(TicketQueueView.class, QueryParameters.simple(parameters));
  }

  private static Map<String, String> with(Map<String, String> parameters, String flag) {
    return withValue(parameters, flag, "true");
  }

  private static Map<String, String> withValue(Map<String, String> parameters, String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(parameters);
    more.put(name, value);
    return more;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
  }
}
