package io.linli.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.linli.identity.AccountKind;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketQuery;
import io.linli.ticket.TicketService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** 我的报事: the household's tickets, newest first, with their status, next deadline and urged / rated marks. */
@Route(value = "portal/tickets", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalTicketsView extends VerticalLayout implements HasDynamicTitle {

  private static final int SHOWN = 50;

  @Inject
  public PortalTicketsView(TicketService tickets, Clock clock) {
    setId("portal-tickets");
    setMaxWidth("40rem");
    RouterLink report = new RouterLink(getTranslation("portal.tickets.report"), PortalReportView.class);
    report.setId("portal-report-link");
    add(new H2(getTranslation("portal.tickets.title")), report);
    Instant now = clock.instant();
    var mine = tickets.queue(Session.requireUser(), TicketQuery.firstPage(SHOWN, now));
    if (mine.isEmpty()) {
      add(new Paragraph(getTranslation("portal.tickets.none")));
    }
    Div list = new Div();
    list.setWidthFull();
    mine.forEach(t -> list.add(card(t, now)));
    add(list);
  }

  private Div card(Ticket t, Instant now) {
    RouterLink title = new RouterLink("#" + t.id() + " " + t.title(), PortalTicketView.class,
        new RouteParameters("id", String.valueOf(t.id())));
    title.getStyle().set("overflow-wrap", "anywhere");
    Span status = new Span(getTranslation("status." + t.status().name()));
    status.getElement().getThemeList().add(t.status().isOpen() ? "badge" : "badge success");
    Span detail = new Span(status, new Span(" " + getTranslation("category." + t.category()) + " · "
        + Times.WHEN.format(t.createdAt()) + " "));
    if (t.status().isOpen()) {
      detail.add(new SlaBadge(t.nextDeadline(), now));
    }
    if (t.urgeCount() > 0) {
      detail.add(new Span(" · " + getTranslation("portal.tickets.urged", t.urgeCount())));
    }
    if (t.rating() != null) {
      detail.add(new Span(" · " + getTranslation("portal.tickets.rated", "★".repeat(t.rating()))));
    }
    Div card = Cards.card(new Span(title), detail);
    card.addClassName("portal-ticket-card");
    return card;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("portal.tickets.title") + " · " + getTranslation("app.name");
  }
}
