package io.linli.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import io.linli.web.TicketFilters;
import io.linli.web.TicketSheets;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.sla.SlaPolicies;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketQuery;
import io.linli.ticket.TicketService;
import io.linli.ticket.TicketStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * 工单队列: the tickets the signed-in staff member may see, newest first, filtered, a page at a time, each with its
 * countdown; refreshed every 30 s so the colours move on their own.
 */
@Route(value = "console/tickets", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class TicketQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

  static final int PAGE = 50;

  private final TicketService tickets;
  private final Clock clock;
  private final Grid<Ticket> grid = new Grid<>();
  private final ComboBox<String> category = new ComboBox<>();
  private final ComboBox<TicketStatus> status = new ComboBox<>();
  private final Checkbox overdue = new Checkbox();
  private final Button next = new Button();
  private final Div given = new Div();
  /** What the link the person came by asked for (a dashboard figure); the queue's own filters narrow it. */
  private TicketQuery.Filter linked = TicketQuery.Filter.NONE;
  private boolean entering;
  /** The page shown continues below this id; null for the first page. */
  private Long before;
  private Long lastShown;

  @Inject
  public TicketQueueView(TicketService tickets, TicketSheets sheets, Clock clock) {
    this.tickets = tickets;
    this.clock = clock;
    setSizeFull();
    category.setLabel(getTranslation("tickets.filter.category"));
    category.setItems(SlaPolicies.builtInCategories().stream().sorted().toList());
    category.setItemLabelGenerator(c -> getTranslation("category." + c));
    category.setClearButtonVisible(true);
    status.setLabel(getTranslation("tickets.filter.status"));
    status.setItems(TicketStatus.values());
    status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
    status.setClearButtonVisible(true);
    overdue.setLabel(getTranslation("tickets.filter.overdue"));
    category.addValueChangeListener(e -> changed());
    status.addValueChangeListener(e -> changed());
    overdue.addValueChangeListener(e -> changed());
    Button file = new Button(getTranslation("tickets.new"), e -> UI.getCurrent().navigate(FileTicketView.class));
    file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    file.setId("file-ticket");
    HorizontalLayout filters = new HorizontalLayout(category, status, overdue, file);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);

    grid.setId("ticket-queue");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(t -> "#" + t.id()).setHeader(getTranslation("tickets.col.id")).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(this::titleCell).setHeader(getTranslation("tickets.col.title")).setFlexGrow(2);
    grid.addColumn(t -> getTranslation("category." + t.category())).setHeader(getTranslation("tickets.col.category"));
    grid.addColumn(t -> getTranslation("status." + t.status().name())).setHeader(getTranslation("tickets.col.status"));
    grid.addColumn(t -> t.building().name().in(getLocale()) + " " + t.household().unit())
        .setHeader(getTranslation("tickets.col.place"));
    grid.addColumn(t -> t.assignee() == null ? "" : t.assignee().displayName())
        .setHeader(getTranslation("tickets.col.assignee"));
    grid.addComponentColumn(t -> new SlaBadge(t.nextDeadline(), clock.instant()))
        .setHeader(getTranslation("tickets.col.sla")).setAutoWidth(true);
    grid.addItemClickListener(e -> UI.getCurrent().navigate(TicketView.class,
        new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().id()))));
    grid.setEmptyStateText(getTranslation("tickets.none"));

    next.setText(getTranslation("tickets.more"));
    next.addClickListener(e -> nextPage());
    next.setId("next-page");
    Button first = new Button(getTranslation("tickets.first"), e -> firstPage());
    Anchor export = new Anchor(new StreamResource("tickets.xlsx",
        (out, session) -> sheets.write(Session.requireUser(), filter(), getLocale(), out)), "");
    export.add(new Button(getTranslation("tickets.export")));
    export.setId("export-tickets");
    export.getElement().setAttribute("download", true);
    filters.add(export);
    given.setId("linked-filter");
    add(new H2(getTranslation("tickets.title")), given, filters, grid, new HorizontalLayout(first, next));
    Refresh.every(this, 30_000, this::load);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    TicketQuery.Filter asked;
    try {
      asked = TicketFilters.parse(event.getLocation().getQueryParameters().getParameters());
    } catch (IllegalArgumentException e) {
      asked = TicketQuery.Filter.NONE;
    }
    // the queue's own filters show what the link asked for, and can be changed from there
    linked = asked.with(null, null, false);
    entering = true; // one load below, not one per filter set
    category.setValue(asked.category());
    status.setValue(asked.status());
    overdue.setValue(asked.overdueOnly());
    entering = false;
    given.removeAll();
    if (!linked.equals(TicketQuery.Filter.NONE)) {
      given.add(new Span(getTranslation("tickets.linked")), new RouterLink(getTranslation("tickets.linked.clear"),
          TicketQueueView.class));
      given.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
    }
    firstPage();
  }

  private void changed() {
    if (!entering) {
      firstPage();
    }
  }

  private TicketQuery.Filter filter() {
    return linked.with(category.getValue(), status.getValue(), overdue.getValue());
  }

  /** The title, marked when the household keeps reporting this or when the ticket was urged. */
  private HorizontalLayout titleCell(Ticket t) {
    HorizontalLayout cell = new HorizontalLayout(new Span(t.title()));
    cell.setSpacing(false);
    cell.getStyle().set("gap", "var(--lumo-space-xs)");
    if (t.isRepeat()) {
      cell.add(badge(getTranslation("tickets.repeat"), "error"));
    }
    if (t.urgeCount() > 0) {
      cell.add(badge(getTranslation("tickets.urged", t.urgeCount()), "contrast"));
    }
    return cell;
  }

  private static Span badge(String text, String theme) {
    var badge = new Span(text);
    badge.getElement().getThemeList().add("badge small " + theme);
    return badge;
  }

  private void firstPage() {
    before = null;
    load();
  }

  private void nextPage() {
    before = lastShown;
    load();
  }

  private void load() {
    List<Ticket> page = tickets.queue(Session.requireUser(), new TicketQuery(filter(), before, PAGE, clock.instant()));
    grid.setItems(page);
    lastShown = page.isEmpty() ? before : page.get(page.size() - 1).id();
    next.setEnabled(page.size() == PAGE);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tickets.title") + " · " + getTranslation("app.name");
  }
}
