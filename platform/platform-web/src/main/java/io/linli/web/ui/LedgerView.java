package io.linli.web.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.StreamResource;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.ledger.LedgerService;
import io.linli.people.PeopleService;
import io.linli.ticket.TicketService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** The communication ledger (沟通台账): find a household to record a contact, or download a period as Excel. */
@Route(value = "console/ledger", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

  private final LedgerService ledger;
  private final Anchor download = new Anchor();
  private final ComboBox<Project> project = new ComboBox<>();
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();

  @Inject
  public LedgerView(LedgerService ledger, TicketService tickets, PeopleService people, Clock clock) {
    this.ledger = ledger;
    SignedInUser user = Session.requireUser();
    add(new H2(getTranslation("ledger.title")), new Paragraph(getTranslation("ledger.intro")));

    ComboBox<Household> household = new ComboBox<>(getTranslation("ledger.household"));
    household.setId("ledger-household");
    household.setItems(tickets.householdsFor(user));
    household.setItemLabelGenerator(h -> h.address(getLocale()));
    household.setPlaceholder(getTranslation("ledger.household.placeholder"));
    household.setWidth("min(28rem, 100%)");
    household.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        getUI().ifPresent(ui -> ui.navigate(HouseholdView.class,
            new RouteParameters("id", String.valueOf(e.getValue().id()))));
      }
    });

    LocalDate today = LocalDate.now(clock.withZone(LedgerService.ZONE));
    project.setLabel(getTranslation("ledger.project"));
    project.setId("ledger-project");
    project.setItems(people.projectsOf(user.accountId()));
    project.setItemLabelGenerator(p -> p.name().in(getLocale()));
    project.setPlaceholder(getTranslation("ledger.project.all"));
    project.setClearButtonVisible(true);
    from.setLabel(getTranslation("ledger.from"));
    from.setId("ledger-from");
    from.setValue(today.withDayOfMonth(1));
    to.setLabel(getTranslation("ledger.to"));
    to.setId("ledger-to");
    to.setValue(today);
    to.setMax(today);
    download.setText(getTranslation("ledger.export"));
    download.setId("ledger-export");
    download.getElement().setAttribute("download", true);
    project.addValueChangeListener(e -> refreshDownload(user));
    from.addValueChangeListener(e -> refreshDownload(user));
    to.addValueChangeListener(e -> refreshDownload(user));
    refreshDownload(user);

    HorizontalLayout period = new HorizontalLayout(project, from, to, download);
    period.setWrap(true);
    period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(household, new H3(getTranslation("ledger.export.title")), period);
  }

  /** The download link carries the chosen period; an impossible period shows as an invalid field instead. */
  private void refreshDownload(SignedInUser user) {
    boolean valid = from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue());
    to.setInvalid(!valid);
    to.setErrorMessage(valid ? null : getTranslation("ledger.invalid.period"));
    download.setEnabled(valid);
    if (!valid) {
      return;
    }
    var period = new LedgerService.Period(from.getValue(), to.getValue(),
        project.getValue() == null ? null : project.getValue().id(), null);
    var locale = getLocale();
    download.setHref(new StreamResource("ledger-" + period.from() + "-" + period.to() + ".xlsx",
        (out, session) -> ledger.export(user, period, locale, out)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ledger.title") + " · " + getTranslation("app.name");
  }
}
