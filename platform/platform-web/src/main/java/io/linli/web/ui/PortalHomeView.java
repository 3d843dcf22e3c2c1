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
import io.linli.web.Workplace;
import jakarta.inject.Inject;

/** 我的家: a resident's home in the owner portal — their household and committee seats. */
@Route(value = "portal", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalHomeView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public PortalHomeView(Workplace workplace, PluginContributions plugins, NoticeService notices) {
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
    if (view.resident().map(r -> r.household() != null).orElse(false)) {
      long unread = notices.forResident(user).stream().filter(n -> !n.read()).count();
      Anchor link = new Anchor("portal/notices", getTranslation("notices.portal.title"));
      link.setId("notices-link");
      link.getElement().setAttribute("router-link", true);
      add(new H3(getTranslation("home.notices")), Cards.card(new Span(link),
          new Span(unread == 0 ? getTranslation("notices.allRead") : getTranslation("notices.unreadCount", unread))));
    }
    Anchor faq = new Anchor("portal/faq", getTranslation("faq.portal.title"));
    faq.setId("faq-link");
    faq.getElement().setAttribute("router-link", true);
    add(Cards.card(new Span(faq), new Span(getTranslation("faq.card"))));
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
      links.forEach(link -> {
        Anchor anchor = new Anchor(link.href(), link.entry().label().in(getLocale()));
        anchor.getElement().setAttribute("router-link", true);
        services.add(Cards.card(new Span(anchor), new Span(getTranslation("home.services.open"))));
      });
      add(services);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("home.portal.title") + " · " + getTranslation("app.name");
  }
}
