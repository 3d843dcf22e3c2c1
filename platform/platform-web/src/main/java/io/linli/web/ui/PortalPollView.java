package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.poll.PollOption;
import io.linli.poll.PollService;
import io.linli.poll.PollStatus;
import io.linli.poll.VotingClosed;
import jakarta.inject.Inject;
import java.util.NoSuchElementException;

/**
 * A poll in the owner portal: the options as radio buttons, 投票 / 修改投票 until close, the household's choice, and
 * the results after close — at once for committee members, who also see who voted.
 */
@Route(value = "portal/polls/:id([0-9]{1,18})", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalPollView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final PollService polls;
  private long id;
  private String title = "";

  @Inject
  public PortalPollView(PollService polls) {
    this.polls = polls;
    setId("portal-poll");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
    try {
      polls.view(Session.requireUser(), id);
    } catch (NoSuchElementException e) {
      event.rerouteToError(NotFoundException.class); // another project's or company's: not there
      return;
    }
    render();
  }

  private void render() {
    removeAll();
    SignedInUser user = Session.requireUser();
    PollService.PollView view;
    try {
      view = polls.view(user, id);
    } catch (NoSuchElementException e) {
      add(new Paragraph(getTranslation("polls.unknown")));
      return;
    }
    title = view.poll().title();
    add(new ConsolePollView.Header(view));
    view.ballot().ifPresent(b -> {
      Paragraph mine = new Paragraph(getTranslation(view.mayVote() ? "polls.voted" : "polls.votedFinal",
          PollResults.label(this, b.option())));
      mine.setId("poll-my-ballot");
      mine.getStyle().set("font-weight", "600");
      add(mine);
    });
    if (view.mayVote()) {
      add(ballot(user, view));
    } else if (view.status() == PollStatus.OPEN && view.ballot().isEmpty() && !view.seesAudit()) {
      add(new Paragraph(getTranslation("polls.notOwner")));
    }
    if (view.results().isEmpty() && view.status() != PollStatus.CLOSED) {
      add(new Paragraph(getTranslation("polls.resultsAfterClose")));
    }
    view.results().ifPresent(results -> add(new PollResults(view.poll(), view.status(), results)));
    if (view.seesAudit()) {
      add(new PollResults.Audit(view.poll(), polls.audit(user, id)));
    }
  }

  private VerticalLayout ballot(SignedInUser user, PollService.PollView view) {
    RadioButtonGroup<PollOption> options = new RadioButtonGroup<>();
    options.setId("poll-options");
    options.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    options.setItems(view.poll().options());
    options.setItemLabelGenerator(o -> PollResults.label(this, o));
    view.ballot().ifPresent(b -> options.setValue(view.poll().options().stream()
        .filter(o -> o.id().equals(b.option().id())).findFirst().orElse(null)));
    Button vote = new Button(getTranslation(view.ballot().isPresent() ? "polls.change" : "polls.vote"), e -> {
      if (options.getValue() == null) {
        Notification.show(getTranslation("polls.choose")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        return;
      }
      try {
        polls.vote(user, id, options.getValue().id());
        Notification.show(getTranslation("polls.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      } catch (VotingClosed closed) {
        Notification.show(getTranslation("polls.closedNow")).addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
      render();
    });
    vote.setId("poll-vote");
    vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    vote.setWidthFull();
    VerticalLayout ballot = new VerticalLayout(options, vote);
    ballot.setPadding(false);
    ballot.setWidthFull();
    ballot.getStyle().set("max-width", "48rem");
    return ballot;
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.name");
  }
}
