package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.sla.Durations;
import io.linli.sla.SlaPolicies;
import io.linli.sla.SlaPolicy;
import io.linli.ticket.CalendarDay;
import io.linli.ticket.Priority;
import io.linli.ticket.SlaOverride;
import io.linli.ticket.SlaSettingsForbidden;
import io.linli.ticket.SlaSettingsService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * 服务时限设置: a tenant admin sees the time limits each category gets now, changes them per category or priority,
 * marks the company's own days off and make-up working days, and sets how long each escalation level has to act.
 */
@Route(value = "console/settings/sla", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class SlaSettingsView extends VerticalLayout implements HasDynamicTitle {

  private final SlaSettingsService service;

  @Inject
  public SlaSettingsView(SlaSettingsService service) {
    this.service = service;
    render();
  }

  private void render() {
    removeAll();
    SignedInUser user = Session.requireUser();
    SlaSettingsService.Settings settings;
    try {
      settings = service.settings(user);
    } catch (SlaSettingsForbidden e) {
      add(new Paragraph(getTranslation("sla.forbidden")));
      return;
    }
    add(new H2(getTranslation("sla.title")), new Paragraph(getTranslation("sla.intro")),
        effective(settings), overrideForm(user, settings), calendar(user, settings), escalation(user, settings));
  }

  private Grid<SlaSettingsService.Effective> effective(SlaSettingsService.Settings settings) {
    Grid<SlaSettingsService.Effective> grid = new Grid<>();
    grid.setId("sla-effective");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(e -> getTranslation("category." + e.category()) + (e.overridden() ? " ★" : ""))
        .setHeader(getTranslation("ticket.category")).setAutoWidth(true);
    grid.addColumn(e -> limit(e.policy().respondWithin())).setHeader(getTranslation("clock.RESPONSE"));
    grid.addColumn(e -> limit(e.policy().onSiteWithin())).setHeader(getTranslation("clock.ON_SITE"));
    grid.addColumn(e -> e.policy().resolveWithinWorkingDays() > 0
            ? getTranslation("sla.workingDays", e.policy().resolveWithinWorkingDays())
            : limit(e.policy().resolveWithin()))
        .setHeader(getTranslation("clock.RESOLUTION"));
    grid.addColumn(e -> limit(e.policy().returnVisitAfterResolution())).setHeader(getTranslation("clock.RETURN_VISIT"));
    grid.setItems(settings.effective());
    grid.setAllRowsVisible(true);
    grid.setWidth("min(56rem, 100%)");
    return grid;
  }

  private Div overrideForm(SignedInUser user, SlaSettingsService.Settings settings) {
    ComboBox<String> category = new ComboBox<>(getTranslation("ticket.category"));
    category.setId("sla-category");
    category.setItems(SlaPolicies.builtInCategories().stream().sorted().toList());
    category.setItemLabelGenerator(c -> getTranslation("category." + c));
    ComboBox<Priority> priority = new ComboBox<>(getTranslation("sla.priority"));
    priority.setId("sla-priority");
    priority.setItems(Priority.values());
    priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
    priority.setPlaceholder(getTranslation("sla.priority.all"));
    priority.setClearButtonVisible(true);
    TextField respond = durationField("sla-respond", "clock.RESPONSE");
    TextField onSite = durationField("sla-on-site", "clock.ON_SITE");
    TextField resolve = durationField("sla-resolve", "clock.RESOLUTION");
    IntegerField resolveDays = new IntegerField(getTranslation("sla.resolveWorkingDays"));
    resolveDays.setId("sla-resolve-days");
    resolveDays.setMin(1);
    resolveDays.setMax(60);
    resolveDays.setWidth("9rem");
    TextField returnVisit = durationField("sla-return-visit", "clock.RETURN_VISIT");
    Button save = new Button(getTranslation("sla.save"), e -> {
      if (category.getValue() == null) {
        category.setErrorMessage(getTranslation("sla.invalid.category"));
        category.setInvalid(true);
        return;
      }
      Duration respondWithin = duration(respond);
      Duration onSiteWithin = duration(onSite);
      Duration resolveWithin = duration(resolve);
      Duration returnVisitAfter = duration(returnVisit);
      if (Stream.of(respond, onSite, resolve, returnVisit).anyMatch(TextField::isInvalid)) {
        return;
      }
      try {
        service.override(user, category.getValue(), priority.getValue(), new SlaPolicy(respondWithin, onSiteWithin,
            resolveWithin, resolveDays.getValue() == null ? 0 : resolveDays.getValue(), returnVisitAfter));
        saved();
      } catch (IllegalArgumentException bothWays) {
        resolve.setErrorMessage(getTranslation("sla.invalid.resolveBoth"));
        resolve.setInvalid(true);
      }
    });
    save.setId("sla-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout which = new HorizontalLayout(category, priority);
    HorizontalLayout limits = new HorizontalLayout(respond, onSite, resolve, resolveDays, returnVisit);
    limits.setWrap(true);
    Div overrides = new Div();
    overrides.setId("sla-overrides");
    for (SlaOverride override : settings.overrides()) {
      SlaPolicy p = override.asPolicy();
      String text = getTranslation("category." + override.category())
          + (override.priority() == null ? "" : " · " + getTranslation("priority." + override.priority().name()))
          + "：" + part("clock.RESPONSE", p.respondWithin()) + part("clock.ON_SITE", p.onSiteWithin())
          + part("clock.RESOLUTION", p.resolveWithin())
          + (p.resolveWithinWorkingDays() > 0
              ? " " + getTranslation("clock.RESOLUTION") + " " + getTranslation("sla.workingDays",
                  p.resolveWithinWorkingDays())
              : "")
          + part("clock.RETURN_VISIT", p.returnVisitAfterResolution());
      overrides.add(resettable(text, () -> service.removeOverride(user, override.id())));
    }
    return new Div(new H3(getTranslation("sla.overrides")), overrides, which, limits, save);
  }

  private Div calendar(SignedInUser user, SlaSettingsService.Settings settings) {
    Div days = new Div();
    days.setId("sla-days");
    for (CalendarDay day : settings.days()) {
      days.add(resettable(day.day() + " · " + getTranslation(day.isWorking() ? "sla.day.working" : "sla.day.off"),
          () -> service.removeDay(user, day.day())));
    }
    DatePicker day = new DatePicker(getTranslation("sla.day"));
    day.setId("sla-day");
    RadioButtonGroup<Boolean> working = new RadioButtonGroup<>();
    working.setId("sla-day-kind");
    working.setItems(false, true);
    working.setItemLabelGenerator(w -> getTranslation(w ? "sla.day.working" : "sla.day.off"));
    working.setValue(false);
    Button add = new Button(getTranslation("sla.day.add"), e -> {
      if (day.getValue() == null) {
        day.setErrorMessage(getTranslation("sla.invalid.day"));
        day.setInvalid(true);
        return;
      }
      service.setDay(user, day.getValue(), working.getValue());
      saved();
    });
    add.setId("sla-day-add");
    HorizontalLayout form = new HorizontalLayout(day, working, add);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    return new Div(new H3(getTranslation("sla.calendar")), new Paragraph(getTranslation("sla.calendar.intro")),
        days, form);
  }

  private Div escalation(SignedInUser user, SlaSettingsService.Settings settings) {
    TextField timeToAct = durationField("sla-escalation", "sla.escalation.timeToAct");
    timeToAct.setValue(Durations.format(settings.escalation().timeToActPerLevel()));
    Button save = new Button(getTranslation("sla.save"), e -> {
      Duration value = duration(timeToAct);
      if (value == null && !timeToAct.isInvalid()) {
        timeToAct.setErrorMessage(getTranslation("sla.invalid.duration"));
        timeToAct.setInvalid(true);
      }
      if (!timeToAct.isInvalid()) {
        service.setEscalation(user, value);
        saved();
      }
    });
    save.setId("sla-escalation-save");
    HorizontalLayout form = new HorizontalLayout(timeToAct, save);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return new Div(new H3(getTranslation("sla.escalation")), new Paragraph(getTranslation("sla.escalation.intro")),
        form);
  }

  /** A line of the company's own settings, with a button that goes back to the default. */
  private HorizontalLayout resettable(String text, Runnable reset) {
    Button button = new Button(getTranslation("sla.reset"), e -> {
      reset.run();
      saved();
    });
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    HorizontalLayout line = new HorizontalLayout(new Span(text), button);
    line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return line;
  }

  private TextField durationField(String id, String labelKey) {
    TextField field = new TextField(getTranslation(labelKey));
    field.setId(id);
    field.setPlaceholder(getTranslation("sla.default"));
    field.setHelperText("30m / 2h / 3d");
    field.setWidth("9rem");
    return field;
  }

  /** @return the field's duration, null when blank; an invalid text marks the field and gives null */
  private Duration duration(TextField field) {
    field.setInvalid(false);
    if (field.getValue().isBlank()) {
      return null;
    }
    try {
      return Durations.parse(field.getValue());
    } catch (IllegalArgumentException e) {
      field.setErrorMessage(getTranslation("sla.invalid.duration"));
      field.setInvalid(true);
      return null;
    }
  }

  /** A limit as staff say it: 30 分钟, 24 小时, 3 天. */
  private String limit(Duration duration) {
    if (duration == null) {
      return "—";
    }
    long minutes = duration.toMinutes();
    if (minutes % 60 != 0) {
      return getTranslation("sla.limit.minutes", minutes);
    }
    long hours = minutes / 60;
    return hours % 24 == 0 && hours >= 48 ? getTranslation("sla.limit.days", hours / 24)
        : getTranslation("sla.limit.hours", hours);
  }

  private String part(String key, Duration duration) {
    return duration == null ? "" : " " + getTranslation(key) + " " + limit(duration);
  }

  private void saved() {
    Notification.show(getTranslation("sla.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    render();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("sla.title") + " · " + getTranslation("app.name");
  }
}
