package io.linli.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.ledger.ContactKind;
import io.linli.ledger.HouseholdTimeline;
import io.linli.ledger.LedgerEntry;
import io.linli.ledger.LedgerService;
import io.linli.ledger.LedgerTexts;
import io.linli.profile.HouseholdCare;
import io.linli.profile.HouseholdTag;
import io.linli.profile.ProfileService;
import io.linli.profile.RuleTag;
import io.linli.profile.SpecialCare;
import io.linli.profile.TagSource;
import io.linli.ticket.Ticket;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * A household's page (一户一档): who lives there, its tags (客户画像: by rule and by hand) and — for the roles allowed
 * to see it — its special care, a form to record a call or visit in the communication ledger, and
 * every contact and ticket on one timeline, with the household's ledger as an Excel download.
 */
@Route(value = "console/households/:id([0-9]{1,18})", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class HouseholdView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /** The whole history of a household, for its own export. */
  private static final LocalDate LEDGER_START = LocalDate.of(2000, 1, 1);

  private final LedgerService ledger;
  private final ProfileService profiles;
  private final Clock clock;
  private long id;
  private String title = "";

  @Inject
  public HouseholdView(LedgerService ledger, ProfileService profiles, Clock clock) {
    this.ledger = ledger;
    this.profiles = profiles;
    this.clock = clock;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
    try {
      ledger.timeline(Session.requireUser(), id);
    } catch (NoSuchElementException e) {
      event.rerouteToError(NotFoundException.class); // not one the person looks after, or another company's
      return;
    }
    render();
  }

  private void render() {
    removeAll();
    SignedInUser user = Session.requireUser();
    HouseholdTimeline timeline;
    try {
      timeline = ledger.timeline(user, id);
    } catch (NoSuchElementException e) {
      add(new Paragraph(getTranslation("household.unknown")));
      return;
    }
    title = timeline.household().address(getLocale());
    Div columns = new Div(contactForm(user), timeline(timeline));
    columns.addClassName("linli-columns");
    add(new H2(title), residents(timeline), profile(user), columns, export(user));
  }

  /** The household's tags, the field to add one, and the special care for those who may see it. */
  private Div profile(SignedInUser user) {
    ProfileService.Profile profile = profiles.profile(user, id);
    Div tags = new Div();
    tags.setId("household-tags");
    tags.addClassName("linli-tags");
    tags.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
        .set("margin-bottom", "var(--lumo-space-s)");
    for (HouseholdTag tag : profile.tags()) {
      tags.add(chip(tag, profile.mayTag()));
    }
    if (profile.tags().isEmpty()) {
      tags.add(secondary(getTranslation("profile.noTags")));
    }
    Div section = new Div(new H3(getTranslation("profile.title")), tags);
    section.setId("household-profile");
    if (profile.mayTag()) {
      TextField name = new TextField();
      name.setId("tag-new");
      name.setPlaceholder(getTranslation("profile.tag.placeholder"));
      name.setMaxLength(20);
      name.setWidth("18rem");
      Button add = new Button(getTranslation("profile.tag.add"), e -> {
        try {
          profiles.tag(user, id, name.getValue());
          render();
        } catch (IllegalArgumentException refused) {
          name.setErrorMessage(getTranslation("profile.tag.invalid"));
          name.setInvalid(true);
        }
      });
      add.setId("tag-add");
      add.addThemeVariants(ButtonVariant.LUMO_SMALL);
      name.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> add.click());
      HorizontalLayout adding = new HorizontalLayout(name, add);
      adding.setAlignItems(Alignment.BASELINE);
      section.add(adding);
    }
    if (profile.careVisible()) {
      section.add(care(user, profile));
    }
    return section;
  }

  private Span chip(HouseholdTag tag, boolean mayTag) {
    boolean rule = tag.source() == TagSource.RULE;
    Span chip = new Span(rule ? getTranslation("profile.tag." + tag.tag()) : tag.tag());
    boolean warning = rule && (tag.tag().equals(RuleTag.CHURN_RISK.name())
        || tag.tag().equals(RuleTag.LOW_SATISFACTION.name()));
    chip.getElement().getThemeList().add(warning ? "badge error" : rule ? "badge contrast" : "badge");
    chip.getElement().setAttribute("title", rule ? getTranslation("profile.tag." + tag.tag() + ".why")
        : getTranslation("profile.tag.by", tag.addedBy() == null ? "" : tag.addedBy().displayName(),
            Times.WHEN.format(tag.since())));
    chip.addClassName(rule ? "rule-tag" : "manual-tag");
    if (mayTag && !rule) {
      Button remove = new Button("×", e -> {
        profiles.untag(Session.requireUser(), id, tag.tag());
        render();
      });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
      remove.getElement().setAttribute("aria-label", getTranslation("profile.tag.remove", tag.tag()));
      remove.addClassName("tag-remove");
      chip.add(remove);
    }
    return chip;
  }

  /** 特殊关怀: seen and set by the admin, the project's manager and the building's steward only. */
  private Div care(SignedInUser user, ProfileService.Profile profile) {
    CheckboxGroup<SpecialCare> flags = new CheckboxGroup<>(getTranslation("profile.care"));
    flags.setId("care-flags");
    flags.setItems(SpecialCare.values());
    flags.setItemLabelGenerator(c -> getTranslation("profile.care." + c.name()));
    flags.setValue(profile.care().stream().map(HouseholdCare::kind).collect(Collectors.toSet()));
    TextField note = new TextField(getTranslation("profile.care.note"));
    note.setId("care-note");
    note.setMaxLength(200);
    note.setPlaceholder(getTranslation("profile.care.note.placeholder"));
    note.setWidth("24rem");
    profile.care().stream().map(HouseholdCare::note).filter(java.util.Objects::nonNull).findFirst()
        .ifPresent(note::setValue);
    Button save = new Button(getTranslation("profile.care.save"), e -> {
      profiles.setCare(user, id, flags.getValue(), note.getValue());
      Notification.show(getTranslation("profile.care.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      render();
    });
    save.setId("care-save");
    save.addThemeVariants(ButtonVariant.LUMO_SMALL);
    HorizontalLayout row = new HorizontalLayout(flags, note, save);
    row.setAlignItems(Alignment.BASELINE);
    row.setWrap(true);
    Div care = new Div(row, secondary(getTranslation("profile.care.private")));
    care.setId("household-care");
    return care;
  }

  private Div residents(HouseholdTimeline timeline) {
    Div residents = new Div();
    residents.setId("residents");
    Span area = new Span(getTranslation("home.floorArea", timeline.household().floorArea().toPlainString()));
    area.getStyle().set("color", "var(--lumo-secondary-text-color)");
    residents.add(area);
    UnorderedList list = new UnorderedList();
    timeline.residents().forEach(r -> list.add(new ListItem(
        r.name() + " · " + getTranslation("relation." + r.relation().name()) + " · " + r.phone())));
    residents.add(list);
    return residents;
  }

  private Div contactForm(SignedInUser user) {
    Select<ContactKind> kind = new Select<>();
    kind.setLabel(getTranslation("ledger.kind"));
    kind.setId("contact-kind");
    kind.setItems(ContactKind.values());
    kind.setItemLabelGenerator(k -> LedgerTexts.kind(k, getLocale()));
    kind.setValue(ContactKind.PHONE_CALL);
    DateTimePicker when = new DateTimePicker(getTranslation("ledger.occurredAt"));
    when.setId("contact-when");
    when.setValue(LocalDateTime.now(clock.withZone(LedgerService.ZONE)).withSecond(0).withNano(0));
    TextField participants = new TextField(getTranslation("ledger.participants"));
    participants.setId("contact-participants");
    participants.setMaxLength(500);
    participants.setWidthFull();
    TextArea content = new TextArea(getTranslation("ledger.content"));
    content.setId("contact-content");
    content.setMaxLength(4000);
    content.setWidthFull();
    TextField followUp = new TextField(getTranslation("ledger.followUp"));
    followUp.setId("contact-follow-up");
    followUp.setMaxLength(1000);
    followUp.getStyle().set("flex", "1 1 16rem");
    DatePicker followUpBy = new DatePicker(getTranslation("ledger.followUpBy"));
    followUpBy.setId("contact-follow-up-by");
    Map<String, HasValidation> fields = Map.of("kind", kind, "occurredAt", when, "content", content,
        "followUpBy", followUpBy);
    Button save = new Button(getTranslation("ledger.save"), e -> {
      fields.values().forEach(f -> f.setInvalid(false));
      if (content.getValue().isBlank()) {
        invalid(content, "content");
        return;
      }
      try {
        ledger.record(user, id, new LedgerEntry.Contact(kind.getValue(),
            when.getValue() == null ? null : when.getValue().atZone(LedgerService.ZONE).toInstant(),
            participants.getValue(), content.getValue(), followUp.getValue(), followUpBy.getValue()));
        Notification.show(getTranslation("ledger.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
      } catch (IllegalArgumentException refused) {
        String field = refused.getMessage().substring(0, Math.max(0, refused.getMessage().indexOf(':')));
        invalid(fields.getOrDefault(field, content), field);
      }
    });
    save.setId("contact-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.getStyle().set("align-self", "flex-start");
    HorizontalLayout how = new HorizontalLayout(kind, when);
    how.setWrap(true);
    HorizontalLayout next = new HorizontalLayout(followUp, followUpBy);
    next.setWrap(true);
    next.setWidthFull();
    Div form = new Div(new H3(getTranslation("ledger.record")), how, participants, content, next, save);
    form.setId("contact-form");
    form.getStyle().set("display", "flex").set("flex-direction", "column");
    return form;
  }

  private void invalid(HasValidation field, String name) {
    field.setErrorMessage(getTranslation("ledger.invalid." + name));
    field.setInvalid(true);
  }

  private Div timeline(HouseholdTimeline timeline) {
    UnorderedList list = new UnorderedList();
    list.addClassName("linli-timeline");
    list.setId("household-timeline");
    for (HouseholdTimeline.Moment moment : timeline.moments()) {
      list.add(moment instanceof HouseholdTimeline.Contacted c ? contact(c.entry())
          : ticket(((HouseholdTimeline.Requested) moment).ticket()));
    }
    if (timeline.moments().isEmpty()) {
      list.add(new ListItem(getTranslation("household.nothingYet")));
    }
    return new Div(new H3(getTranslation("household.timeline")), list);
  }

  private ListItem contact(LedgerEntry entry) {
    Span when = new Span(Times.WHEN.format(entry.occurredAt()) + " · " + LedgerTexts.kind(entry.kind(), getLocale())
        + " · " + entry.recordedBy().displayName());
    when.addClassName("when");
    ListItem item = new ListItem(when, block(entry.content()));
    if (entry.participants() != null) {
      item.add(secondary(getTranslation("ledger.participants") + "：" + entry.participants()));
    }
    if (entry.followUp() != null) {
      item.add(secondary(getTranslation("ledger.followUp") + "：" + entry.followUp()
          + (entry.followUpBy() == null ? "" : "（" + getTranslation("ledger.by", entry.followUpBy()) + "）")));
    }
    item.addClassName("contact");
    return item;
  }

  private ListItem ticket(Ticket ticket) {
    Span when = new Span(Times.WHEN.format(ticket.createdAt()) + " · " + getTranslation("household.ticket") + " · "
        + getTranslation("category." + ticket.category()));
    when.addClassName("when");
    RouterLink link = new RouterLink("#" + ticket.id() + " " + ticket.title(), TicketView.class,
        new RouteParameters("id", String.valueOf(ticket.id())));
    Span status = new Span(getTranslation("status." + ticket.status().name()));
    status.getElement().getThemeList().add("badge");
    status.getStyle().set("margin-left", "var(--lumo-space-s)");
    ListItem item = new ListItem(when, new Div(link, status));
    item.addClassName("ticket");
    return item;
  }

  private Anchor export(SignedInUser user) {
    var period = new LedgerService.Period(LEDGER_START, LocalDate.now(clock.withZone(LedgerService.ZONE)), null, id);
    var locale = getLocale();
    Anchor download = new Anchor(new StreamResource("ledger-" + id + ".xlsx",
        (out, session) -> ledger.export(user, period, locale, out)), getTranslation("ledger.export.household"));
    download.setId("ledger-export");
    download.getElement().setAttribute("download", true);
    return download;
  }

  private static Component block(String text) {
    Span span = new Span(text);
    span.getStyle().set("display", "block").set("white-space", "pre-line");
    return span;
  }

  private static Component secondary(String text) {
    Span span = new Span(text);
    span.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-s)");
    return span;
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.name");
  }
}
