package io.linli.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.linli.community.Project;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.poll.MatterKind;
import io.linli.poll.Poll;
import io.linli.poll.PollForbidden;
import io.linli.poll.PollService;
import io.linli.poll.Thresholds;
import io.linli.tenancy.Tenant;
import io.linli.web.Workplace;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/** 投票: the polls of the staff member's projects with their status, and a form to start one. */
@Route(value = "console/polls", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsolePollsView extends VerticalLayout implements HasDynamicTitle {

  private final PollService polls;
  private final Workplace workplace;
  private final Clock clock;

  @Inject
  public ConsolePollsView(PollService polls, Workplace workplace, Clock clock) {
    this.polls = polls;
    this.workplace = workplace;
    this.clock = clock;
    setId("console-polls");
    render();
  }

  private void render() {
    removeAll();
    SignedInUser user = Session.requireUser();
    add(new H2(getTranslation("polls.console.title")));
    List<PollService.Listed> listed = polls.list(user);
    if (listed.isEmpty()) {
      add(new Paragraph(getTranslation("polls.none")));
    } else {
      Grid<PollService.Listed> grid = new Grid<>();
      grid.setId("poll-list");
      grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
      grid.setAllRowsVisible(true);
      grid.addColumn(l -> l.poll().title()).setHeader(getTranslation("polls.title")).setAutoWidth(true);
      grid.addColumn(l -> l.poll().project().name().in(getLocale())).setHeader(getTranslation("polls.project"));
      grid.addColumn(l -> getTranslation("polls.kind." + l.poll().kind().name()))
          .setHeader(getTranslation("polls.kind"));
      grid.addComponentColumn(l -> PollBadges.status(this, l.status())).setHeader(getTranslation("polls.status"));
      grid.addColumn(l -> getTranslation("polls.window.value", Times.WHEN.format(l.poll().opensAt()),
          Times.WHEN.format(l.poll().closesAt()))).setHeader(getTranslation("polls.window")).setAutoWidth(true);
      grid.addColumn(PollService.Listed::ballots).setHeader(getTranslation("polls.ballots"));
      grid.addItemClickListener(e -> UI.getCurrent().navigate(ConsolePollView.class,
          new RouteParameters("id", String.valueOf(e.getItem().poll().id()))));
      grid.setItems(listed);
      add(grid);
    }
    if (user.roles().stream().anyMatch(PollService.CREATORS::contains)) {
      creator(user);
    }
  }

  private void creator(SignedInUser user) {
    Select<Project> project = new Select<>();
    project.setId("poll-project");
    project.setLabel(getTranslation("polls.project"));
    List<Project> projects = workplace.of(user).projects();
    project.setItems(projects);
    project.setItemLabelGenerator(p -> p.name().in(getLocale()));
    if (!projects.isEmpty()) {
      project.setValue(projects.get(0));
    }
    TextField title = new TextField(getTranslation("polls.title"));
    title.setId("poll-title");
    title.setMaxLength(120);
    TextArea description = new TextArea(getTranslation("polls.description"));
    description.setId("poll-description");
    description.setMaxLength(4000);
    Select<MatterKind> kind = new Select<>();
    kind.setId("poll-kind");
    kind.setLabel(getTranslation("polls.kind"));
    kind.setItems(MatterKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("polls.kind." + k.name()));
    TextField participation = new TextField(getTranslation("polls.participation"));
    participation.setId("poll-participation");
    participation.setHelperText(getTranslation("polls.participation.help"));
    TextField approval = new TextField(getTranslation("polls.approval"));
    approval.setId("poll-approval");
    approval.setHelperText(getTranslation("polls.approval.help"));
    kind.addValueChangeListener(e -> {
      Thresholds defaults = e.getValue().defaults();
      participation.setValue(defaults.participation().toString());
      approval.setValue(defaults.approvalRule());
      participation.setEnabled(e.getValue() != MatterKind.CONSULTATION);
      approval.setEnabled(e.getValue() != MatterKind.CONSULTATION);
    });
    kind.setValue(MatterKind.GENERAL);
    TextArea options = new TextArea(getTranslation("polls.options"));
    options.setId("poll-options");
    options.setHelperText(getTranslation("polls.options.help"));
    LocalDateTime now = LocalDateTime.now(clock.withZone(Tenant.ZONE)).truncatedTo(ChronoUnit.HOURS);
    DateTimePicker opensAt = new DateTimePicker(getTranslation("polls.opensAt"));
    opensAt.setId("poll-opens-at");
    opensAt.setValue(now.plusHours(1));
    DateTimePicker closesAt = new DateTimePicker(getTranslation("polls.closesAt"));
    closesAt.setId("poll-closes-at");
    closesAt.setValue(now.plusDays(14).withHour(18));
    Checkbox secret = new Checkbox(getTranslation("polls.secret"));
    secret.setId("poll-secret");
    Button create = new Button(getTranslation("polls.create"), e -> {
      try {
        Poll poll = polls.create(user, project.getValue() == null ? -1 : project.getValue().id(), new Poll.Draft(
            title.getValue(), description.getValue(), kind.getValue(),
            Arrays.stream(options.getValue().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
            secret.getValue(), instant(opensAt), instant(closesAt),
            kind.getValue() == MatterKind.CONSULTATION ? null
                : Thresholds.parse(participation.getValue(), approval.getValue())));
        Notification.show(getTranslation("polls.created")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(ConsolePollView.class, new RouteParameters("id", String.valueOf(poll.id())));
      } catch (IllegalArgumentException | PollForbidden | NoSuchElementException problem) {
        Notification.show(getTranslation("polls.invalid", problem.getMessage()))
            .addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    create.setId("poll-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FormLayout form = new FormLayout(project, kind, title, description, options, participation, approval, opensAt,
        closesAt, secret);
    form.setColspan(title, 2);
    form.setColspan(description, 2);
    form.setColspan(options, 2);
    form.setColspan(secret, 2);
    form.setMaxWidth("48rem");
    add(new H3(getTranslation("polls.new")), form, create);
  }

  private static java.time.Instant instant(DateTimePicker picker) {
    return picker.getValue() == null ? null : picker.getValue().atZone(Tenant.ZONE).toInstant();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("polls.console.title") + " · " + getTranslation("app.name");
  }
}
