package io.linli.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.people.StaffMember;
import io.linli.replyscript.ReplyScriptService;
import io.linli.sla.ClockKind;
import io.linli.ticket.DispatchRefused;
import io.linli.ticket.IllegalTicketTransition;
import io.linli.ticket.TicketChangedMeanwhile;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketAction;
import io.linli.ticket.TicketEvent;
import io.linli.ticket.TicketService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** A ticket's page: what and where, its clocks, the actions its status allows, and the whole timeline. */
@Route(value = "console/tickets/:id([0-9]{1,18})", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class TicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /** Actions that need a note: a reason, the feedback to the owner, what the owner said. */
  private static final Set<TicketAction> NEED_TEXT = EnumSet.of(TicketAction.HOLD, TicketAction.RESOLVE,
      TicketAction.RETURN_VISIT, TicketAction.REOPEN, TicketAction.COMMENT);

  private final TicketService tickets;
  private final ReplyScriptService replyScripts;
  private final Clock clock;
  private final TicketBroadcaster broadcaster;
  private Registration live;
  private TextArea text;
  private long id;
  private String title = "";

  @Inject
  public TicketView(TicketService tickets, ReplyScriptService replyScripts, Clock clock,
      TicketBroadcaster broadcaster) {
    this.tickets = tickets;
    this.replyScripts = replyScripts;
    this.clock = clock;
    this.broadcaster = broadcaster;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
    if (tickets.ticket(Session.requireUser(), id).isEmpty()) {
      event.rerouteToError(NotFoundException.class); // not one the person may see, or another company's
      return;
    }
    render();
    stopLive();
    live = broadcaster.register(event.getUI(), id, this::render); // what others do to it shows at once
  }

  @Override
  protected void onDetach(DetachEvent event) {
    stopLive();
  }

  private void stopLive() {
    if (live != null) {
      live.remove();
      live = null;
    }
  }

  private void render() {
    String draft = text == null ? "" : text.getValue(); // a live update must not throw away what is being typed
    removeAll();
    SignedInUser user = Session.requireUser();
    var found = tickets.ticket(user, id);
    if (found.isEmpty()) {
      add(new Paragraph(getTranslation("ticket.unknown")));
      return;
    }
    Ticket ticket = found.get();
    title = "#" + ticket.id() + " " + ticket.title();
    H2 heading = new H2(title);
    Span status = new Span(getTranslation("status." + ticket.status().name()));
    status.setId("ticket-status");
    status.getElement().getThemeList().add("badge");
    add(heading, status, facts(ticket), clocks(ticket), new TicketPhotos(tickets, user, id), actions(user, ticket, draft),
        timeline(user));
  }

  private Div facts(Ticket t) {
    Div facts = new Div();
    facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
        .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
    fact(facts, "ticket.category", getTranslation("category." + t.category()) + " · "
        + getTranslation("priority." + t.priority().name()));
    fact(facts, "ticket.channel", getTranslation("channel." + t.channel().name()));
    RouterLink household = new RouterLink(t.household().address(getLocale()), HouseholdView.class,
        new RouteParameters("id", String.valueOf(t.household().id())));
    household.setId("household-link");
    fact(facts, "ticket.household", household);
    Span location = new Span(Locations.describe(this, getLocale(), t));
    location.setId("ticket-location");
    fact(facts, "ticket.location", location);
    fact(facts, "ticket.reporter", t.reporter() == null ? "—" : t.reporter().name() + " " + t.reporter().phone());
    fact(facts, "ticket.firstAgent", t.firstAgent() == null ? "—" : t.firstAgent().displayName());
    fact(facts, "ticket.assignee", t.assignee() == null ? "—" : t.assignee().displayName());
    fact(facts, "ticket.level", getTranslation("level." + t.escalationLevel().name()));
    if (t.description() != null) {
      fact(facts, "ticket.description", t.description());
    }
    return facts;
  }

  private void fact(Div facts, String key, String value) {
    fact(facts, key, new Span(value));
  }

  private void fact(Div facts, String key, Component value) {
    Span label = new Span(getTranslation(key));
    label.getStyle().set("color", "var(--lumo-secondary-text-color)");
    facts.add(label, value);
  }

  private Div clocks(Ticket t) {
    Div clocks = new Div(new H3(getTranslation("ticket.clocks")));
    clocks.setId("ticket-clocks");
    HorizontalLayout badges = new HorizontalLayout();
    for (ClockKind kind : ClockKind.values()) {
      t.clock(kind).ifPresent(c -> badges.add(new SlaBadge(t.clock(kind), clock.instant())));
    }
    clocks.add(badges);
    return clocks;
  }

  private Div actions(SignedInUser user, Ticket t, String draft) {
    text = new TextArea(getTranslation("ticket.text"));
    text.setValue(draft);
    text.setId("action-text");
    text.setWidthFull();
    ComboBox<ReplyScriptService.Rendered> script = new ComboBox<>(getTranslation("ticket.script"));
    script.setId("reply-script");
    script.setItems(replyScripts.forTicket(user, t.id()));
    script.setItemLabelGenerator(ReplyScriptService.Rendered::title);
    script.setWidthFull();
    script.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        text.setValue(e.getValue().text());
        script.clear();
      }
    });
    ComboBox<StaffMember> assignee = new ComboBox<>(getTranslation("ticket.assignTo"));
    assignee.setId("assignee");
    assignee.setItemLabelGenerator(s -> s.displayName() + " · " + getTranslation("role." + s.role().name()));
    assignee.setWidthFull();
    HorizontalLayout buttons = new HorizontalLayout();
    buttons.setWrap(true);
    for (TicketAction action : tickets.actionsFor(user, t)) {
      if (action == TicketAction.RATE || action == TicketAction.CLASSIFY) {
        continue; // owners rate; classifying has its own form later
      }
      Button button = new Button(getTranslation("action." + action.name()), e -> act(user, action, text, assignee, t.version()));
      button.setId("action-" + action.name());
      if (action == TicketAction.DISPATCH) {
        assignee.setItems(tickets.assignableFor(user, t.id()));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      }
      buttons.add(button);
    }
    Div panel = new Div(script, text);
    panel.getStyle().set("display", "flex").set("flex-direction", "column").set("width", "min(40rem, 100%)");
    if (tickets.actionsFor(user, t).contains(TicketAction.DISPATCH)) {
      panel.add(assignee);
    }
    panel.add(buttons);
    return panel;
  }

  /** @param shownVersion the ticket's version on screen: if someone changed it since, the action is refused */
  private void act(SignedInUser user, TicketAction action, TextArea text, ComboBox<StaffMember> assignee,
      long shownVersion) {
    if (NEED_TEXT.contains(action) && text.getValue().isBlank()) {
      text.setErrorMessage(getTranslation("ticket.text.required"));
      text.setInvalid(true);
      return;
    }
    if (action == TicketAction.DISPATCH && assignee.getValue() == null) {
      assignee.setErrorMessage(getTranslation("ticket.assignee.required"));
      assignee.setInvalid(true);
      return;
    }
    try {
      tickets.act(user, id, new TicketService.Request(action, text.getValue().isBlank() ? null : text.getValue(),
          assignee.getValue() == null ? null : assignee.getValue().id(), null, null, null, null, shownVersion));
      text.clear();
      Notification.show(getTranslation("ticket.done", getTranslation("action." + action.name())))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (TicketChangedMeanwhile e) {
      Notification.show(getTranslation("ticket.changedMeanwhile")).addThemeVariants(NotificationVariant.LUMO_ERROR);
    } catch (IllegalTicketTransition e) {
      Notification.show(getTranslation("ticket.conflict", getTranslation("status." + e.status().name())))
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    } catch (DispatchRefused e) {
      Notification.show(getTranslation("ticket.dispatchRefused", e.candidate(), e.reason()))
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
    render();
  }

  private Div timeline(SignedInUser user) {
    UnorderedList list = new UnorderedList();
    list.addClassName("linli-timeline");
    list.setId("timeline");
    for (TicketEvent e : tickets.timeline(user, id)) {
      Span when = new Span(Times.WHEN.format(e.at()) + " · " + e.actor().name() + " · "
          + getTranslation("channel." + e.channel().name()));
      when.addClassName("when");
      Span what = new Span(getTranslation("action." + e.action().name())
          + (e.text() == null ? "" : "：" + e.text()));
      what.getStyle().set("display", "block");
      list.add(new ListItem(when, what));
    }
    return new Div(new H3(getTranslation("ticket.timeline")), list);
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.name");
  }
}
