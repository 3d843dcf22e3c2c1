package io.linli.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.api.Surface;
import io.linli.community.Household;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.notice.NoticeService;
import io.linli.plugin.PluginContributions;
import io.linli.poll.PollService;
import io.linli.poll.PollStatus;
import io.linli.ticket.TicketQuery;
import io.linli.ticket.TicketService;
import io.linli.web.Workplace;
import jakarta.inject.Inject;

/** 我的家: a resident's home in the owner portal — their household and committee seats. */
@Route(value = "portal", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalHomeView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public PortalHomeView(Workplace workplace, PluginContributions plugins, NoticeService notices,
      PollService polls, TicketService tickets, java.time.Clock clock) {
    SignedInUser user = Session.requireUser();
    Workplace.View view = workplace.of(user);
    Paragraph greeting = new Paragraph(getTranslation("home.greeting", user.displayName()));
    greeting.setId("greeting");
    add(new H2(getTranslation("home.portal.title")), greeting, new H3(getTranslation("home.household")));
    Div household = new Div();
    household.setId("household");
    view.resident().ifPresent(resident -> {
      Household h = resident.household();
      if (h == null) {
        household.add(new Paragraph(getTranslation("home.household.none")));
      } else {
        household.add(Cards.card(
            new Span(h.address(getLocale())),
            new Span(getTranslation("relation." + resident.relation().name()) + " · "
                + getTranslation("home.floorArea", h.floorArea().toPlainString()))));
      }
    });
    add(household);
    boolean housed = view.resident().map(r -> r.household() != null).orElse(false);
    if (housed) {
      long open = tickets.queue(user, TicketQuery.firstPage(TicketQuery.MAX_LIMIT, clock.instant())).stream().filter(t -> t.status().isOpen()).count();
      add(new H3(getTranslation("home.tickets")),
          Cards.link("report-link", "portal/report", getTranslation("portal.tickets.report"),
              getTranslation("portal.report.hint")),
          Cards.link("tickets-link", "portal/tickets", getTranslation("portal.tickets.title"),
              open == 0 ? getTranslation("portal.tickets.noneOpen") : getTranslation("portal.tickets.open", open)));
      long unread = notices.unread(user);
      add(new H3(getTranslation("home.notices")), Cards.link("notices-link", "portal/notices",
          getTranslation("notices.portal.title"),
          unread == 0 ? getTranslation("notices.allRead") : getTranslation("notices.unreadCount", unread)));
    }
    if (housed || !view.seats().isEmpty()) {
      long open = polls.list(user).stream().filter(p -> p.status() == PollStatus.OPEN).count();
      add(new H3(getTranslation("home.polls")), Cards.link("polls-link", "portal/polls",
          getTranslation("polls.portal.title"),
          open == 0 ? getTranslation("polls.noneOpen") : getTranslation("polls.openCount", open)));
    }
    add(Cards.link("preferences-link", "portal/preferences", getTranslation("home.preferences"),
        getTranslation("home.preferences.open")));
    add(Cards.link("faq-link", "portal/faq", getTranslation("faq.portal.title"), getTranslation("faq.card")));
    if (!view.seats().isEmpty()) {
      add(new H3(getTranslation("home.committees")));
      view.seats().forEach(seat -> add(Cards.card(
          new Span(getTranslation("committee." + seat.committee().name())),
          new Span(seat.project().name().in(getLocale())))));
    }
    var links = plugins.navigation(Surface.PORTAL, user.caller());
    if (!links.isEmpty()) {
      add(new H3(getTranslation("home.services")));
      Div services = new Div();
      services.setId("plugin-services");
      links.forEach(link -> services.add(Cards.link(null, link.href(), link.entry().label().in(getLocale()),
          getTranslation("home.services.open"))));
      add(services);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("home.portal.title") + " · " + getTranslation("app.name");
  }
}
