package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import io.linli.community.Household;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.knowledge.KnowledgeService;
import io.linli.people.Resident;
import io.linli.ticket.Channel;
import io.linli.ticket.Photo;
import io.linli.ticket.PhotoRejected;
import io.linli.ticket.Priority;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketLocation;
import io.linli.ticket.TicketService;
import io.linli.web.Workplace;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * 我要报事: an owner reports a repair, complaint, inquiry, suggestion or daily service for their household, where it
 * is (the unit or a spot of the building's common area), with up to 6 photos, and reads what was promised.
 * The platform's byte check stays the judge of each photo; the upload only spares the owner a useless wait.
 */
@Route(value = "portal/report", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalReportView extends VerticalLayout implements HasDynamicTitle {

  /** What owners report themselves; emergencies are phoned in, fee questions go to the counter. */
  static final List<String> CATEGORIES = List.of("repair", "complaint", "inquiry", "suggestion", "daily_service");

  private final TicketService tickets;
  private final Select<String> category = new Select<>();
  private final TextField title = new TextField();
  private final TextArea description = new TextArea();
  private final RadioButtonGroup<TicketLocation.Place> place = new RadioButtonGroup<>();
  private final TextField spot = new TextField();
  private final Button submit = new Button();
  /** The photos chosen, in the order they arrived (phones often name them all image.jpg). */
  private final List<Chosen> photos = new CopyOnWriteArrayList<>();
  /** One per form: a second tap (or a retry after a lost answer) finds the first ticket instead of filing again. */
  private final String idempotencyKey = "portal-" + UUID.randomUUID();

  private record Chosen(String name, byte[] content) {}

  @Inject
  public PortalReportView(TicketService tickets, KnowledgeService knowledge, Workplace workplace) {
    this.tickets = tickets;
    setId("portal-report");
    setPadding(true);
    SignedInUser user = Session.requireUser();
    Household household = workplace.of(user).resident().map(Resident::household).orElse(null);
    add(new H2(getTranslation("portal.report.title")));
    if (household == null) {
      add(new Paragraph(getTranslation("home.household.none")));
      return;
    }
    category.setLabel(getTranslation("ticket.category"));
    category.setId("report-category");
    category.setItems(CATEGORIES);
    category.setItemLabelGenerator(c -> getTranslation("category." + c));
    category.setValue("repair");
    category.setWidthFull();
    title.setLabel(getTranslation("portal.report.what"));
    title.setPlaceholder(getTranslation("portal.report.what.placeholder"));
    title.setId("report-title");
    title.setMaxLength(120);
    title.setWidthFull();
    // what the FAQ already answers about it, before the owner files (deflection)
    Div faq = new Div();
    faq.setId("faq-suggestions");
    faq.setWidthFull();
    title.addValueChangeListener(e -> {
      faq.removeAll();
      var found = knowledge.suggest(e.getValue(), 3);
      if (!found.isEmpty()) {
        faq.add(new Paragraph(getTranslation("portal.report.faq")));
        found.forEach(f -> faq.add(Cards.link(null, "portal/faq/" + f.article().id(), f.article().question(),
            f.snippet())));
      }
    });
    description.setLabel(getTranslation("portal.report.description"));
    description.setId("report-description");
    description.setMaxLength(4000);
    description.setWidthFull();
    place.setLabel(getTranslation("portal.report.where"));
    place.setId("report-place");
    place.setItems(TicketLocation.Place.values());
    place.setItemLabelGenerator(p -> p == TicketLocation.Place.UNIT
        ? getTranslation("location.UNIT.of", household.address(getLocale()))
        : getTranslation("location.COMMON_AREA.ofBuilding", household.building().name().in(getLocale())));
    place.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    place.setValue(TicketLocation.Place.UNIT);
    spot.setLabel(getTranslation("portal.report.spot"));
    spot.setPlaceholder(getTranslation("portal.report.spot.placeholder"));
    spot.setId("report-spot");
    spot.setMaxLength(TicketLocation.MAX_SPOT);
    spot.setWidthFull();
    spot.setVisible(false);
    place.addValueChangeListener(e -> spot.setVisible(e.getValue() == TicketLocation.Place.COMMON_AREA));
    submit.setText(getTranslation("portal.report.submit"));
    submit.addClickListener(e -> file(user));
    submit.setId("report-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setWidthFull();
    submit.setDisableOnClick(true);
    add(category, title, faq, description, place, spot, photos(), submit);
    setMaxWidth("40rem");
  }

  private Div photos() {
    // the browser's limits can be bypassed: what is kept is bounded here too (the byte check judges at filing)
    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
      if (bytes.length <= Photo.MAX_BYTES && photos.size() < Photo.MAX_PER_TICKET) {
        photos.add(new Chosen(metadata.fileName(), bytes));
      }
    }));
    upload.setId("report-photos");
    upload.setAcceptedFileTypes("image/*");
    upload.setMaxFiles(Photo.MAX_PER_TICKET);
    upload.setMaxFileSize(Photo.MAX_BYTES);
    upload.setDropAllowed(false); // a phone has nothing to drop
    upload.setWidthFull();
    UploadI18N i18n = new UploadI18N();
    i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("portal.report.photos.add"))
        .setMany(getTranslation("portal.report.photos.add")));
    i18n.setDropFiles(new UploadI18N.DropFiles().setOne("").setMany(""));
    i18n.setError(new UploadI18N.Error()
        .setTooManyFiles(getTranslation("portal.report.photos.tooMany", Photo.MAX_PER_TICKET))
        .setFileIsTooBig(getTranslation("portal.report.photos.tooBig"))
        .setIncorrectFileType(getTranslation("portal.report.photos.notImage")));
    i18n.setUploading(new UploadI18N.Uploading()
        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("portal.report.photos.uploading"))
            .setProcessing(getTranslation("portal.report.photos.uploading")).setStalled("").setHeld(""))
        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("portal.report.photos.failed"))
            .setUnexpectedServerError(getTranslation("portal.report.photos.failed"))
            .setForbidden(getTranslation("portal.report.photos.failed"))));
    i18n.setUnits(new UploadI18N.Units(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
    upload.setI18n(i18n);
    upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage())
        .addThemeVariants(NotificationVariant.LUMO_ERROR));
    upload.addFileRemovedListener(e -> photos.stream().filter(p -> p.name().equals(e.getFileName())).findFirst()
        .ifPresent(photos::remove));
    Paragraph hint = new Paragraph(getTranslation("portal.report.photos", Photo.MAX_PER_TICKET));
    hint.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-s)");
    Div box = new Div(hint, upload);
    box.setWidthFull();
    return box;
  }

  private void file(SignedInUser user) {
    title.setInvalid(title.getValue().isBlank());
    title.setErrorMessage(getTranslation("portal.report.what.required"));
    boolean inCommonArea = place.getValue() == TicketLocation.Place.COMMON_AREA;
    spot.setInvalid(inCommonArea && spot.getValue().isBlank());
    spot.setErrorMessage(getTranslation("portal.report.spot.required"));
    if (title.isInvalid() || spot.isInvalid()) {
      submit.setEnabled(true);
      return;
    }
    var filed = tickets.file(user, new TicketService.Filing(null, new Ticket.Report(category.getValue(),
        Priority.NORMAL, Channel.PORTAL, title.getValue().trim(),
        description.getValue().isBlank() ? null : description.getValue().trim(),
        TicketLocation.of(place.getValue(), spot.getValue()))), idempotencyKey);
    long id = filed.ticket().id();
    int refused = 0;
    if (filed.created()) {
      for (Chosen photo : photos) {
        try {
          tickets.attach(user, id, photo.content(), Channel.PORTAL);
        } catch (PhotoRejected e) {
          refused++;
        }
      }
    }
    removeAll();
    add(new H2(getTranslation("portal.report.done", id)));
    String promise = Promise.of(this, filed.ticket());
    if (promise != null) {
      Paragraph said = new Paragraph(promise);
      said.setId("report-promise");
      said.getStyle().set("font-size", "var(--lumo-font-size-l)");
      add(said);
    }
    if (refused > 0) {
      add(new Paragraph(getTranslation("portal.report.photos.refused", refused)));
    }
    RouterLink follow = new RouterLink(getTranslation("portal.report.follow"), PortalTicketView.class,
        new RouteParameters("id", String.valueOf(id)));
    follow.setId("report-follow");
    add(follow);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("portal.report.title") + " · " + getTranslation("app.name");
  }
}
