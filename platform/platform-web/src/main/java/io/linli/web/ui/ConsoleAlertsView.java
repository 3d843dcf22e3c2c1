package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.alert.AlertService;
import io.linli.alert.AlertThresholds;
import io.linli.api.Metric.Signal;
import io.linli.api.Role;
import io.linli.community.Project;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 预警: the projects the person works in, worst first, each with its signal as a badge in words (红灯, 黄灯, 绿灯)
 * and each rule's reason; the company's limits below, which its admin changes. Refreshed every 60 seconds.
 */
@Route(value = "console/alerts", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsoleAlertsView extends VerticalLayout implements HasDynamicTitle {

  /** What {@link AlertThresholds} says of a value out of range: "field: must be between 1 and 100". */
  private static final java.util.regex.Pattern RANGE =
      java.util.regex.Pattern.compile("^(\\w+): must be between (\\S+) and (\\S+)");

  private final AlertService alerts;
  private final Div projects = new Div();

  @Inject
  public ConsoleAlertsView(AlertService alerts) {
    this.alerts = alerts;
    setId("console-alerts");
    SignedInUser user = Session.requireUser();
    projects.setId("alert-projects");
    projects.setWidthFull();
    add(new H2(getTranslation("alerts.title")), new Paragraph(getTranslation("alerts.intro")), projects,
        limits(user));
    showProjects(user);
    Refresh.every(this, 60_000, () -> showProjects(Session.requireUser()));
  }

  private void showProjects(SignedInUser user) {
    projects.removeAll();
    Map<Long, Project> visible = alerts.visible(user).stream()
        .collect(Collectors.toMap(Project::id, Function.identity()));
    List<AlertService.ProjectStanding> standings = alerts.standings(user);
    if (standings.isEmpty()) {
      projects.add(new Paragraph(getTranslation("alerts.noProjects")));
    }
    for (AlertService.ProjectStanding standing : standings) {
      projects.add(card(visible.get(standing.projectId()), standing));
    }
  }

  private Div card(Project project, AlertService.ProjectStanding standing) {
    H3 name = new H3(project.name().in(getLocale()));
    name.getStyle().set("margin", "0");
    HorizontalLayout heading = new HorizontalLayout(name, badge(standing.signal()));
    heading.setAlignItems(Alignment.CENTER);
    Div card = new Div(heading);
    card.addClassName("alert-project");
    card.getElement().setAttribute("data-signal", standing.signal().name());
    card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)")
        .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)")
        .set("border-left", "6px solid " + colour(standing.signal()));
    if (standing.rules().isEmpty()) {
      card.add(new Paragraph(getTranslation("alerts.notChecked")));
    }
    for (AlertService.RuleStanding rule : standing.rules()) {
      Span label = new Span(rule.rule().label().in(getLocale()) + "：");
      label.getStyle().set("font-weight", "600");
      Span reason = new Span(rule.reason().in(getLocale()));
      FlexLayout line = new FlexLayout(badge(rule.signal()), label, reason);
      line.addClassName("alert-rule");
      line.getElement().setAttribute("data-rule", rule.rule().name());
      line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
      line.setAlignItems(Alignment.CENTER);
      line.getStyle().set("gap", "var(--lumo-space-s)").set("margin", "var(--lumo-space-xs) 0");
      if (rule.redSince() != null) {
        Span since = new Span(getTranslation("alerts.redSince", Times.WHEN.format(rule.redSince())));
        since.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        line.add(since);
      }
      card.add(line);
    }
    if (!standing.rules().isEmpty()) {
      Span checked = new Span(getTranslation("alerts.checkedAt", Times.WHEN.format(standing.rules().get(0).checkedAt())));
      checked.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
      card.add(checked);
    }
    return card;
  }

  /** The signal in words, coloured too: never colour alone. */
  private Span badge(Signal signal) {
    Span badge = new Span(getTranslation("alerts.signal." + signal.name()));
    badge.addClassName("alert-signal");
    badge.getElement().setAttribute("data-signal", signal.name());
    badge.getElement().getThemeList().add(switch (signal) {
      case RED -> "badge error primary";
      case GREEN -> "badge success";
      case YELLOW, NONE -> "badge contrast";
    });
    if (signal == Signal.YELLOW) {
      badge.getStyle().set("background", "#f5c518").set("color", "#3d2e00");
    }
    badge.getStyle().set("flex", "none");
    return badge;
  }

  private static String colour(Signal signal) {
    return switch (signal) {
      case GREEN -> "var(--lumo-success-color)";
      case YELLOW -> "#e0a800";
      case RED -> "var(--lumo-error-color)";
      case NONE -> "var(--lumo-contrast-30pct)";
    };
  }

  /** The limits: fields and 保存 for the company's admin, their values in words for everyone else. */
  private Div limits(SignedInUser user) {
    AlertThresholds now = alerts.thresholds();
    Div section = new Div(new H3(getTranslation("alerts.rules")));
    section.setId("alert-rules");
    if (!user.roles().contains(Role.TENANT_ADMIN)) {
      section.add(new Paragraph(getTranslation("alerts.rules.summary", plain(now.responseHours()),
          now.responseDays(), now.complaintRisePercent(), now.badReviewPercent(), now.acknowledgementPercent(),
          now.breachesPerDay())));
      return section;
    }
    NumberField hours = new NumberField(getTranslation("alerts.field.responseHours"));
    hours.setId("alert-response-hours");
    hours.setStep(0.5);
    hours.setValue(now.responseHours());
    IntegerField days = integer("alert-response-days", "alerts.field.responseDays", now.responseDays());
    IntegerField rise = integer("alert-complaint-rise", "alerts.field.complaintRisePercent",
        now.complaintRisePercent());
    IntegerField bad = integer("alert-bad-reviews", "alerts.field.badReviewPercent", now.badReviewPercent());
    IntegerField acknowledged = integer("alert-acknowledgement", "alerts.field.acknowledgementPercent",
        now.acknowledgementPercent());
    IntegerField breaches = integer("alert-breaches", "alerts.field.breachesPerDay", now.breachesPerDay());
    Map<String, com.vaadin.flow.component.HasValidation> byField = Map.of("responseHours", hours,
        "responseDays", days, "complaintRisePercent", rise, "badReviewPercent", bad,
        "acknowledgementPercent", acknowledged, "breachesPerDay", breaches);
    Button save = new Button(getTranslation("alerts.save"), e -> {
      byField.values().forEach(f -> f.setInvalid(false));
      try {
        alerts.change(user, new AlertThresholds(value(hours.getValue()), value(days.getValue()),
            value(rise.getValue()), value(bad.getValue()), value(acknowledged.getValue()),
            value(breaches.getValue())));
        Notification.show(getTranslation("alerts.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        showProjects(user);
      } catch (IllegalArgumentException invalid) { // "field: must be between 1 and 100"
        var range = RANGE.matcher(invalid.getMessage());
        var input = byField.getOrDefault(invalid.getMessage().split(":")[0], hours);
        input.setErrorMessage(range.find() ? getTranslation("alerts.invalid", range.group(2), range.group(3))
            : invalid.getMessage());
        input.setInvalid(true);
      }
    });
    save.setId("alert-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FlexLayout fields = new FlexLayout(hours, days, rise, bad, acknowledged, breaches);
    fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    fields.getStyle().set("gap", "var(--lumo-space-m)");
    section.add(fields, save);
    return section;
  }

  private IntegerField integer(String id, String label, int value) {
    IntegerField field = new IntegerField(getTranslation(label));
    field.setId(id);
    field.setValue(value);
    field.setStepButtonsVisible(true);
    return field;
  }

  /** An empty field is out of every range: the rule's own check names it. */
  private static int value(Integer value) {
    return value == null ? Integer.MIN_VALUE : value;
  }

  private static double value(Double value) {
    return value == null ? Double.NaN : value;
  }

  private static String plain(double value) {
    return new java.text.DecimalFormat("0.##").format(value);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("alerts.title") + " · " + getTranslation("app.name");
  }
}
