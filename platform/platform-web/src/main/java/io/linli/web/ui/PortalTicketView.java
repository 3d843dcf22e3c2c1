package io.linli.web.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.ticket.IllegalTicketTransition;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketAction;
import io.linli.ticket.TicketEvent;
import io.linli.ticket.TicketService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * 报事详情 in the owner portal: the status, who handles it (their role), the next deadline counting down, the steps
 * with what staff told the owner, the photos; 催单, 评价 and 不满意，重新处理. What staff do shows at once, by push.
 */
@Route(value = "portal/tickets/:id([0-9]{1,18})", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalTicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /** The steps an owner follows; classifying, the grab pool and the clocks' warnings are the company's business. */
  private static final Set<TicketAction> OWNER_SEES = EnumSet.of(TicketAction.FILE, TicketAction.DISPATCH,
      TicketAction.CLAIM, TicketAction.START, TicketAction.ARRIVE, TicketAction.HOLD, TicketAction.RESUME,
      TicketAction.RESOLVE, TicketAction.RETURN_VISIT, TicketAction.CLOSE, TicketAction.REOPEN, TicketAction.RATE,
      TicketAction.URGE, TicketAction.COMMENT, TicketAction.ATTACH);
  /** Steps whose text was said to or by the owner (a dispatch's text is a person's name; a photo's its size). */
  private static final Set<TicketAction> SAID = EnumSet.of(TicketAction.HOLD, TicketAction.RESOLVE,
      TicketAction.REOPEN, TicketAction.RATE, TicketAction.URGE, TicketAction.COMMENT);
  private static final int COUNTDOWN_MS = 60_000;

  private final TicketService tickets;
  private final TicketBroadcaster broadcaster;
  private final Clock clock;
  private final Div live = new Div();
  private final Div deadline = new Div();
  private final Div actions = new Div();
  private Registration push;
  private long id;
  private String title = "";
  /** What the actions panel was built for; it is rebuilt only when that changes, so typing survives a push. */
  private String actionsFor = "";

  @Inject
  public PortalTicketView(TicketService tickets, TicketBroadcaster broadcaster, Clock clock) {
    this.tickets = tickets;
    this.broadcaster = broadcaster;
    this.clock = clock;
    setId("portal-ticket");
    Refresh.every(this, COUNTDOWN_MS, () -> tickets.ticket(Session.requireUser(), id).ifPresent(this::deadline));
    live.setWidthFull();
    actions.setWidthFull();
    actions.setId("portal-ticket-actions");
    setMaxWidth("40rem");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
    if (tickets.ticket(Session.requireUser(), id).isEmpty()) {
      event.rerouteToError(NotFoundException.class); // another household's, or another company's: not there
      return;
    }
    removeAll();
    actionsFor = "";
    add(live, actions);
    render();
    stopPush();
    push = broadcaster.register(event.getUI(), id, this::render);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    stopPush();
  }

  private void stopPush() {
    if (push != null) {
      push.remove();
      push = null;
    }
  }

  private void render() {
    SignedInUser user = Session.requireUser();
    Optional<Ticket> found = tickets.ticket(user, id);
    if (found.isEmpty()) {
      return;
    }
    Ticket t = found.get();
    title = "#" + t.id() + " " + t.title();
    live.removeAll();
    Span status = new Span(getTranslation("status." + t.status().name()));
    status.setId("portal-ticket-status");
    status.getElement().getThemeList().add(t.status().isOpen() ? "badge" : "badge success");
    H2 heading = new H2(title);
    heading.getStyle().set("margin-bottom", "var(--lumo-space-s)").set("overflow-wrap", "anywhere");
    Div facts = new Div();
    facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
        .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin", "var(--lumo-space-m) 0");
    fact(facts, "ticket.category", getTranslation("category." + t.category()));
    fact(facts, "ticket.location", Locations.describe(this, getLocale(), t));
    Span handler = fact(facts, "portal.ticket.handler", t.assignee() != null
        ? getTranslation("role." + t.assignee().role().name())
        : getTranslation(t.isPooled() ? "portal.ticket.handler.pool" : "portal.ticket.handler.none"));
    handler.setId("portal-ticket-handler");
    fact(facts, "portal.ticket.filedAt", Times.WHEN.format(t.createdAt()));
    if (t.description() != null) {
      fact(facts, "ticket.description", t.description());
    }
    deadline(t);
    live.add(heading, status, facts, deadline);
    String promise = Promise.of(this, t);
    if (promise != null) {
      Paragraph said = new Paragraph(promise);
      said.getStyle().set("color", "var(--lumo-secondary-text-color)");
      live.add(said);
    }
    live.add(new TicketPhotos(tickets, user, id), timeline(user));
    actions(user, t);
  }

  private Span fact(Div facts, String key, String value) {
    Span label = new Span(getTranslation(key));
    label.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Span text = new Span(value);
    text.getStyle().set("overflow-wrap", "anywhere");
    facts.add(label, text);
    return text;
  }

  /** The next deadline, counting down (the poll refreshes it every minute). */
  private void deadline(Ticket t) {
    deadline.removeAll();
    deadline.setId("portal-ticket-deadline");
    if (t.status().isOpen()) {
      deadline.add(new Span(getTranslation("portal.ticket.next") + " "), new SlaBadge(t.nextDeadline(), clock.instant()));
    }
  }

  private Div timeline(SignedInUser user) {
    UnorderedList list = new UnorderedList();
    list.addClassName("linli-timeline");
    list.setId("portal-timeline");
    List<TicketEvent> steps = tickets.timeline(user, id).stream().filter(e -> OWNER_SEES.contains(e.action())).toList();
    for (TicketEvent e : steps) {
      Span when = new Span(Times.WHEN.format(e.at()) + " · " + getTranslation(e.actor().isSystem() ? "portal.by.system"
          : e.actor().kind() == AccountKind.RESIDENT ? "portal.by.resident" : "portal.by.staff"));
      when.addClassName("when");
      Span what = new Span(getTranslation("portal.step." + e.action().name())
          + (SAID.contains(e.action()) && e.text() != null ? "：" + e.text() : ""));
      what.getStyle().set("display", "block").set("overflow-wrap", "anywhere");
      list.add(new ListItem(when, what));
    }
    return new Div(new H3(getTranslation("ticket.timeline")), list);
  }

  private void actions(SignedInUser user, Ticket t) {
    List<TicketAction> allowed = t.allowedActions();
    Optional<Instant> reopenUntil = tickets.reopenableUntil(t);
    boolean mayReopen = allowed.contains(TicketAction.REOPEN) && reopenUntil.isPresent()
        && !clock.instant().isAfter(reopenUntil.get());
    String key = allowed + "/" + t.rating() + "/" + mayReopen;
    if (key.equals(actionsFor)) {
      return;
    }
    actionsFor = key;
    actions.removeAll();
    if (allowed.contains(TicketAction.URGE)) {
      Button urge = new Button(getTranslation("portal.ticket.urge"), e -> act(user, TicketAction.URGE, null, null));
      urge.setId("portal-urge");
      urge.setWidthFull();
      actions.add(urge);
      if (t.urgeCount() > 0) {
        actions.add(new Paragraph(getTranslation("portal.tickets.urged", t.urgeCount())));
      }
    }
    if (t.rating() != null) {
      actions.add(new H3(getTranslation("portal.ticket.rated")), new Paragraph("★".repeat(t.rating())
          + (t.ratingComment() == null ? "" : " " + t.ratingComment())));
    } else if (allowed.contains(TicketAction.RATE)) {
      actions.add(rating(user));
    }
    if (mayReopen) {
      TextArea reason = new TextArea(getTranslation("portal.ticket.reopen.reason"));
      reason.setId("portal-reopen-reason");
      reason.setWidthFull();
      reason.setHelperText(getTranslation("portal.ticket.reopen.until", Times.WHEN.format(reopenUntil.get())));
      Button reopen = new Button(getTranslation("portal.ticket.reopen"), e -> {
        if (reason.getValue().isBlank()) {
          reason.setErrorMessage(getTranslation("portal.ticket.reopen.required"));
          reason.setInvalid(true);
          return;
        }
        act(user, TicketAction.REOPEN, reason.getValue().trim(), null);
      });
      reopen.setId("portal-reopen");
      reopen.addThemeVariants(ButtonVariant.LUMO_ERROR);
      reopen.setWidthFull();
      actions.add(reason, reopen);
    } else if (allowed.contains(TicketAction.REOPEN)) {
      RouterLink anew = new RouterLink(getTranslation("portal.tickets.report"), PortalReportView.class);
      actions.add(new Paragraph(getTranslation("portal.ticket.reopen.passed")), anew);
    }
  }

  private Div rating(SignedInUser user) {
    RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(getTranslation("portal.ticket.rate.stars"));
    stars.setId("portal-rate-stars");
    stars.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
    stars.setItemLabelGenerator(n -> getTranslation("portal.ticket.rate.score", n));
    TextArea comment = new TextArea(getTranslation("portal.ticket.rate.comment"));
    comment.setId("portal-rate-comment");
    comment.setWidthFull();
    comment.setMaxLength(1000);
    Button rate = new Button(getTranslation("portal.ticket.rate"), e -> {
      if (stars.getValue() == null) {
        stars.setErrorMessage(getTranslation("portal.ticket.rate.required"));
        stars.setInvalid(true);
        return;
      }
      act(user, TicketAction.RATE, comment.getValue().isBlank() ? null : comment.getValue().trim(), stars.getValue());
    });
    rate.setId("portal-rate");
    rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    rate.setWidthFull();
    return new Div(new H3(getTranslation("portal.ticket.rate.title")), stars, comment, rate);
  }

  private void act(SignedInUser user, TicketAction action, String text, Integer rating) {
    try {
      tickets.act(user, id, new TicketService.Request(action, text, null, null, null, rating, null, null));
      Notification.show(getTranslation("portal.ticket.done." + action.name()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (IllegalTicketTransition e) {
      Notification.show(action == TicketAction.REOPEN ? getTranslation("portal.ticket.reopen.passed")
          : getTranslation("ticket.conflict", getTranslation("status." + e.status().name())))
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
    render();
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.name");
  }
}
