package io.linli.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.poll.Poll;
import io.linli.poll.PollService;
import jakarta.inject.Inject;
import java.util.NoSuchElementException;

/** A poll's page for staff: what is asked, the participation against the thresholds, the outcome, who voted. */
@Route(value = "console/polls/:id([0-9]{1,18})", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsolePollView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final PollService polls;
  private String title = "";

  @Inject
  public ConsolePollView(PollService polls) {
    this.polls = polls;
    setId("console-poll");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
    removeAll();
    SignedInUser user = Session.requireUser();
    PollService.PollView view;
    try {
      view = polls.view(user, id);
    } catch (NoSuchElementException e) {
      event.rerouteToError(NotFoundException.class); // another project's or company's: not there
      return;
    }
    Poll poll = view.poll();
    title = poll.title();
    add(new Header(view));
    view.results().ifPresent(results -> add(new PollResults(poll, view.status(), results)));
    if (view.seesAudit()) {
      add(new PollResults.Audit(poll, polls.audit(user, id)));
    }
  }

  /** Title, status, project, kind, window and description: the same head on the console and the portal page. */
  static final class Header extends Div {

    Header(PollService.PollView view) {
      Poll poll = view.poll();
      setWidthFull();
      getStyle().set("max-width", "48rem");
      H2 heading = new H2(poll.title());
      heading.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
      Div badges = new Div(PollBadges.status(this, view.status()),
          badge(getTranslation("polls.kind." + poll.kind().name())));
      if (poll.secret()) {
        badges.add(badge(getTranslation("polls.secretBadge")));
      }
      badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
      Span window = new Span(poll.project().name().in(getLocale()) + " · " + getTranslation("polls.window.value",
          Times.WHEN.format(poll.opensAt()), Times.WHEN.format(poll.closesAt())));
      window.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
          .set("font-size", "var(--lumo-font-size-s)").set("margin", "var(--lumo-space-s) 0");
      add(heading, badges, window);
      if (!poll.description().isEmpty()) {
        Paragraph description = new Paragraph(poll.description());
        description.getStyle().set("white-space", "pre-line");
        add(description);
      }
    }

    private static Span badge(String text) {
      Span badge = new Span(text);
      badge.getElement().getThemeList().add("badge contrast");
      return badge;
    }
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.name");
  }
}
