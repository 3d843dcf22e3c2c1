package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.api.Role;
import io.linli.community.Building;
import io.linli.community.CommunityRepository;
import io.linli.community.Project;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.notice.Notice;
import io.linli.notice.NoticeForbidden;
import io.linli.notice.NoticeService;
import io.linli.notice.Severity;
import io.linli.notification.DeliveryChannel;
import io.linli.profile.ResidentFilters;
import io.linli.tenancy.Tenant;
import io.linli.web.Workplace;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * 公告: staff publish a notice — to the company, a project or a building, through the channels they choose, now or
 * later — and follow, refreshed every 10 seconds, who read and acknowledged each one and what was sent.
 */
@Route(value = "console/notices", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsoleNoticesView extends VerticalLayout implements HasDynamicTitle {

  /** Where a notice goes: the company (all null), a project, a building of it, or a saved resident filter. */
  private record Target(String label, Long projectId, Long buildingId, Long filterId) {}

  private final NoticeService notices;
  private final Workplace workplace;
  private final CommunityRepository community;
  private final ResidentFilters filters;
  private final Clock clock;
  private final Grid<NoticeService.Reach> grid = new Grid<>();

  @Inject
  public ConsoleNoticesView(NoticeService notices, Workplace workplace, CommunityRepository community,
      ResidentFilters filters, Clock clock) {
    this.notices = notices;
    this.workplace = workplace;
    this.community = community;
    this.filters = filters;
    this.clock = clock;
    setId("console-notices");
    SignedInUser user = Session.requireUser();
    add(new H2(getTranslation("notices.console.title")));
    List<NoticeService.Reach> published;
    try {
      published = notices.published(user);
    } catch (NoticeForbidden e) {
      add(new Paragraph(getTranslation("notices.forbidden")));
      return;
    }
    composer(user, published.isEmpty());
    add(new H3(getTranslation("notices.published")));
    table();
    grid.setItems(published).setIdentifierProvider(r -> r.notice().id());
    Refresh.every(this, 10_000, this::reload);
  }

  /** New figures for the same notices: identified by id, so a row opened for its messages stays open. */
  private void reload() {
    grid.setItems(notices.published(Session.requireUser())).setIdentifierProvider(r -> r.notice().id());
  }

  private void table() {
    grid.setId("notice-reach");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addColumn(r -> r.notice().title()).setHeader(getTranslation("notices.title")).setAutoWidth(true);
    grid.addColumn(r -> getTranslation("severity." + r.notice().severity().name()))
        .setHeader(getTranslation("notices.severity"));
    grid.addColumn(r -> audience(r.notice())).setHeader(getTranslation("notices.audience")).setAutoWidth(true);
    grid.addColumn(r -> r.notice().channels().stream().map(c -> getTranslation("delivery.channel." + c.name()))
        .collect(Collectors.joining("、"))).setHeader(getTranslation("notices.channels")).setAutoWidth(true);
    grid.addColumn(r -> (r.notice().isOut(clock.instant()) ? "" : getTranslation("notices.scheduled") + " ")
        + Times.WHEN.format(r.notice().publishedAt())).setHeader(getTranslation("notices.publishedAt"));
    grid.addColumn(r -> r.read() + " / " + r.households()).setHeader(getTranslation("notices.read"));
    grid.addColumn(r -> r.notice().asksAcknowledgement() ? r.acknowledgementRate() + "%" : "—")
        .setHeader(getTranslation("notices.acknowledgementRate"));
    grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> deliveries(r.notice().id())));
    add(grid);
  }

  /** What was sent for one notice, per channel (opened by a click on its row). */
  private Div deliveries(long noticeId) {
    Div details = new Div();
    details.addClassName("notice-deliveries");
    var reach = notices.reach(Session.requireUser(), noticeId);
    if (reach.deliveries().isEmpty()) {
      details.add(new Span(getTranslation("notices.deliveries.none")));
    }
    reach.deliveries().forEach((channel, statuses) -> details.add(new Paragraph(getTranslation("delivery.channel."
        + channel.name()) + "：" + statuses.entrySet().stream()
        .map(e -> getTranslation("delivery." + e.getKey().name()) + " " + e.getValue())
        .collect(Collectors.joining("，")))));
    return details;
  }

  private String audience(Notice notice) {
    return switch (notice.audience()) {
      case COMPANY -> getTranslation("notices.everyone");
      case PROJECT -> notice.project().name().in(getLocale());
      case BUILDING -> notice.project().name().in(getLocale()) + " " + notice.building().name().in(getLocale());
      case HOUSEHOLDS -> getTranslation("notices.households");
      case SEGMENT -> getTranslation("notices.segment", notice.segmentName());
    };
  }

  /** The form to publish, folded away under the list's heading once there are notices to follow. */
  private void composer(SignedInUser user, boolean opened) {
    TextField title = new TextField(getTranslation("notices.title"));
    title.setId("notice-title");
    title.setMaxLength(120);
    title.setWidth("32rem");
    TextArea body = new TextArea(getTranslation("notices.body"));
    body.setId("notice-body");
    body.setHelperText(getTranslation("notices.body.help"));
    body.setWidth("32rem");
    Select<Severity> severity = new Select<>();
    severity.setId("notice-severity");
    severity.setLabel(getTranslation("notices.severity"));
    severity.setItems(Severity.values());
    severity.setItemLabelGenerator(s -> getTranslation("severity." + s.name()));
    severity.setValue(Severity.NORMAL);
    severity.setHelperText(getTranslation("notices.severity.help"));
    Select<Target> audience = new Select<>();
    audience.setId("notice-audience");
    audience.setLabel(getTranslation("notices.audience"));
    List<Target> targets = targets(user);
    audience.setItems(targets);
    audience.setItemLabelGenerator(Target::label);
    audience.setValue(targets.get(0));
    CheckboxGroup<DeliveryChannel> channels = new CheckboxGroup<>(getTranslation("notices.channels"));
    channels.setId("notice-channels");
    channels.setItems(EnumSet.complementOf(EnumSet.of(DeliveryChannel.PORTAL)));
    channels.setItemLabelGenerator(c -> getTranslation("delivery.channel." + c.name()));
    channels.setHelperText(getTranslation("notices.channels.help"));
    Checkbox emergency = new Checkbox(getTranslation("notices.emergency"));
    emergency.setId("notice-emergency");
    DateTimePicker later = new DateTimePicker(getTranslation("notices.publishAt"));
    later.setId("notice-publish-at");
    later.setHelperText(getTranslation("notices.publishAt.help"));
    later.setLocale(getLocale());
    Button publish = new Button(getTranslation("notices.publish"), e -> {
      try {
        Target target = audience.getValue();
        notices.publish(user, new NoticeService.Draft(title.getValue(), body.getValue(), severity.getValue(),
            target.projectId(), target.buildingId(), null, target.filterId(), channels.getValue(), emergency.getValue(),
            later.getValue() == null ? null : later.getValue().atZone(Tenant.ZONE).toInstant()));
        Notification.show(getTranslation("notices.publishedOk")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        title.clear();
        body.clear();
        later.clear();
        reload();
      } catch (IllegalArgumentException | NoSuchElementException problem) {
        boolean emptySegment = String.valueOf(problem.getMessage()).startsWith("filterId");
        Notification.show(getTranslation(emptySegment ? "notices.segment.empty" : "notices.invalid"))
            .addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    publish.setId("notice-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FlexLayout options = new FlexLayout(severity, audience, later);
    options.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    options.getStyle().set("gap", "var(--lumo-space-m)");
    Details composer = new Details(getTranslation("notices.compose"),
        new VerticalLayout(title, body, options, channels, emergency, publish));
    composer.setId("notice-composer");
    composer.setOpened(opened);
    add(composer);
  }

  /**
   * The company (for its admin), then each of the person's projects followed by its buildings, then the saved
   * resident filters with how many of the person's households each matches now.
   */
  private List<Target> targets(SignedInUser user) {
    List<Target> targets = new ArrayList<>();
    if (user.roles().contains(Role.TENANT_ADMIN)) { // others publish to the projects they work in
      targets.add(new Target(getTranslation("notices.everyone"), null, null, null));
    }
    for (Project project : workplace.of(user).projects()) {
      String name = project.name().in(getLocale());
      targets.add(new Target(name + getTranslation("notices.allHouseholds"), project.id(), null, null));
      for (Building building : community.buildingsOf(project)) {
        targets.add(new Target(name + " " + building.name().in(getLocale()), null, building.id(), null));
      }
    }
    filters.list(user).forEach(c -> targets.add(new Target(getTranslation("notices.segment", c.filter().name())
        + getTranslation("notices.segment.count", c.households()), null, null, c.filter().id())));
    return targets;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notices.console.title") + " · " + getTranslation("app.name");
  }
}
