package io.linli.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.poll.PollService;
import io.linli.poll.PollStatus;
import jakarta.inject.Inject;
import java.util.Comparator;

/** 投票表决: the polls of the owner's community (and of the committees they sit on), open ones first. Phone first. */
@Route(value = "portal/polls", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalPollsView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public PortalPollsView(PollService polls) {
    setId("portal-polls");
    add(new H2(getTranslation("polls.portal.title")));
    var listed = polls.list(Session.requireUser()).stream()
        .sorted(Comparator.comparing(l -> l.status() == PollStatus.OPEN ? 0 : 1)).toList();
    if (listed.isEmpty()) {
      add(new Paragraph(getTranslation("polls.none")));
    }
    listed.forEach(l -> {
      Anchor link = new Anchor("portal/polls/" + l.poll().id(), l.poll().title());
      link.getElement().setAttribute("router-link", true);
      link.addClassName("poll-link");
      Span detail = new Span(getTranslation("polls.status." + l.status().name()) + " · "
          + getTranslation("polls.closesAt") + " " + Times.WHEN.format(l.poll().closesAt()) + " · "
          + l.choice().map(o -> getTranslation("polls.votedShort", PollResults.label(this, o)))
              .orElse(getTranslation("polls.notVoted")));
      add(Cards.card(new Span(link), detail));
    });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("polls.portal.title") + " · " + getTranslation("app.name");
  }
}
