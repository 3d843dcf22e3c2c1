package io.linli.web.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.notice.NoticeService;
import io.linli.notice.Severity;
import jakarta.inject.Inject;

/** 小区公告: the household's notices, unread ones marked; a critical one asks for 已知晓. Phone-sized first. */
@Route(value = "portal/notices", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalNoticesView extends VerticalLayout implements HasDynamicTitle {

  private final NoticeService notices;

  @Inject
  public PortalNoticesView(NoticeService notices) {
    this.notices = notices;
    setId("portal-notices");
    render(null);
  }

  /** @param opened the notice to show open (the one just acknowledged), or null */
  private void render(Long opened) {
    removeAll();
    SignedInUser user = Session.requireUser();
    var mine = notices.forResident(user);
    add(new H2(getTranslation("notices.portal.title")));
    if (mine.isEmpty()) {
      add(new Paragraph(getTranslation("notices.none")));
    }
    mine.forEach(n -> add(notice(user, n, n.notice().id().equals(opened))));
    var committee = notices.forCommittee(user);
    if (!committee.isEmpty()) {
      add(new H3(getTranslation("notices.committee.title")),
          new Paragraph(getTranslation("notices.committee.intro")));
      Div reach = new Div();
      reach.setId("committee-reach");
      reach.setWidthFull();
      committee.forEach(r -> reach.add(Cards.card(new Span(r.notice().title()),
          new Span(getTranslation("notices.committee.reach", r.read(), r.households())
              + (r.notice().asksAcknowledgement()
                  ? " · " + getTranslation("notices.acknowledgementRate") + " " + r.acknowledgementRate() + "%" : "")))));
      add(reach);
    }
  }

  private Details notice(SignedInUser user, NoticeService.ForHousehold n, boolean opened) {
    Span title = new Span(n.notice().title());
    title.getStyle().set("font-weight", "600");
    Div summary = new Div(title);
    summary.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
        .set("align-items", "center");
    if (!n.read()) {
      summary.add(badge(getTranslation("notices.unread"), "badge error"));
    }
    if (n.notice().severity() != Severity.NORMAL) {
      summary.add(badge(getTranslation("severity." + n.notice().severity().name()), "badge contrast"));
    }
    Div body = new Div(new Html("<div>" + n.notice().body() + "</div>"),
        new Span(Times.WHEN.format(n.notice().publishedAt())));
    Details details = new Details(summary, body);
    details.addClassName("notice");
    details.setOpened(opened);
    details.setWidthFull();
    if (n.notice().asksAcknowledgement()) {
      if (n.acknowledged()) {
        body.add(new Paragraph(getTranslation("notices.acknowledged")));
      } else {
        Button acknowledge = new Button(getTranslation("notices.acknowledge"), e -> {
          notices.acknowledge(user, n.notice().id());
          render(n.notice().id());
        });
        acknowledge.addClassName("notice-acknowledge");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(acknowledge);
      }
    }
    details.addOpenedChangeListener(e -> {
      if (e.isOpened() && !n.read()) {
        notices.read(user, n.notice().id());
      }
    });
    return details;
  }

  private static Span badge(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add(theme);
    return badge;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notices.portal.title") + " · " + getTranslation("app.name");
  }
}
