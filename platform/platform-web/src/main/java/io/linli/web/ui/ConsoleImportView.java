package io.linli.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import io.linli.api.Role;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.onboarding.ImportFile;
import io.linli.onboarding.ImportFileRejected;
import io.linli.onboarding.ImportJob;
import io.linli.onboarding.ImportService;
import io.linli.onboarding.RowError;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * 批量导入: the company admin downloads the template, uploads the filled-in roll, watches the progress bar while it
 * is written in the background (the page polls), and gets the counts, the rows not imported with their reasons, and
 * those rows as a file to fix and import again.
 */
@Route(value = "console/import", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsoleImportView extends VerticalLayout implements HasDynamicTitle {

  private static final int POLL_MILLIS = 500;

  private final ImportService imports;
  private final Div result = new Div();
  private final ProgressBar progress = new ProgressBar();
  private final Span status = new Span();
  private final HorizontalLayout counts = new HorizontalLayout();
  private final Grid<RowError> errors = new Grid<>();
  private final Anchor rejectedRows = new Anchor();
  private Upload upload;
  private Registration polling;

  @Inject
  public ConsoleImportView(ImportService imports) {
    this.imports = imports;
    setId("console-import");
    SignedInUser user = Session.requireUser();
    add(new H2(getTranslation("import.title")));
    if (!user.roles().contains(Role.TENANT_ADMIN)) {
      add(new Paragraph(getTranslation("import.forbidden")));
      return;
    }
    Locale locale = getLocale();
    Anchor template = new Anchor(new StreamResource("import-template.xlsx",
        (out, session) -> imports.writeTemplate(locale, out)), getTranslation("import.template"));
    template.setId("import-template");
    template.getElement().setAttribute("download", true);
    Paragraph intro = new Paragraph(getTranslation("import.intro"));
    intro.getStyle().set("max-width", "48rem").set("margin", "0");
    add(intro, template, upload(user), result());
    setMaxWidth("72rem");
    addDetachListener(e -> stopPolling());
  }

  private Upload upload(SignedInUser user) {
    // called in the UI's lock; the bytes decide what the file is, the browser's limits below only spare an upload
    upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> start(user, metadata.fileName(), bytes)));
    upload.setId("import-upload");
    upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(ImportFile.MAX_BYTES);
    UploadI18N i18n = new UploadI18N();
    i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload"))
        .setMany(getTranslation("import.upload")));
    i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
        .setMany(getTranslation("import.upload.drop")));
    i18n.setError(new UploadI18N.Error()
        .setTooManyFiles(getTranslation("import.upload.one"))
        .setFileIsTooBig(getTranslation("import.rejected.TOO_LARGE"))
        .setIncorrectFileType(getTranslation("import.rejected.NOT_XLSX")));
    i18n.setUploading(new UploadI18N.Uploading()
        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("import.uploading"))
            .setProcessing(getTranslation("import.uploading")).setStalled("").setHeld(""))
        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("import.upload.failed"))
            .setUnexpectedServerError(getTranslation("import.upload.failed"))
            .setForbidden(getTranslation("import.upload.failed"))));
    i18n.setUnits(new UploadI18N.Units(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
    upload.setI18n(i18n);
    upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage())
        .addThemeVariants(NotificationVariant.LUMO_ERROR));
    return upload;
  }

  private Div result() {
    result.setId("import-result");
    result.setVisible(false);
    result.setWidthFull();
    result.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    progress.setId("import-progress");
    progress.setMin(0);
    progress.setMax(100);
    status.setId("import-status");
    counts.setId("import-counts");
    counts.getStyle().set("flex-wrap", "wrap");
    errors.setId("import-errors");
    errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    errors.setAllRowsVisible(true);
    Locale locale = getLocale();
    errors.addColumn(RowError::row).setHeader(getTranslation("import.errors.row")).setAutoWidth(true)
        .setFlexGrow(0);
    errors.addColumn(e -> e.columnHeader(locale)).setHeader(getTranslation("import.errors.column"))
        .setAutoWidth(true).setFlexGrow(0);
    errors.addColumn(e -> e.reason(locale)).setHeader(getTranslation("import.errors.reason")).setFlexGrow(1);
    rejectedRows.setId("import-errors-download");
    rejectedRows.setText(getTranslation("import.errors.download"));
    rejectedRows.getElement().setAttribute("download", true);
    result.add(status, progress, counts, rejectedRows, errors);
    return result;
  }

  private void start(SignedInUser user, String fileName, byte[] bytes) {
    ImportJob job;
    try {
      job = imports.start(user, fileName, bytes);
    } catch (ImportFileRejected e) {
      String columns = e.missing().stream().map(c -> c.header(getLocale())).collect(Collectors.joining("、"));
      Notification.show(getTranslation("import.rejected." + e.reason(), columns))
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
      return;
    }
    upload.clearFileList(); // ready for the next file, the corrected rows say
    stopPolling();
    long id = job.id();
    show(user, job);
    UI ui = UI.getCurrent();
    ui.setPollInterval(POLL_MILLIS);
    polling = ui.addPollListener(e -> show(user, imports.job(user, id)));
  }

  private void show(SignedInUser user, ImportJob job) {
    result.setVisible(true);
    boolean running = job.status() == ImportJob.Status.RUNNING;
    progress.setValue(job.percentDone());
    status.setText(getTranslation("import.status." + job.status(), job.fileName(), job.doneRows(), job.totalRows()));
    counts.removeAll();
    counts.add(count("inserted", job.inserted()), count("updated", job.updated()),
        count("unchanged", job.unchanged()), count("failed", job.failed()));
    if (running) {
      rejectedRows.setVisible(false);
      errors.setVisible(false);
      return;
    }
    stopPolling();
    List<RowError> found = imports.errors(user, job.id());
    errors.setItems(found);
    errors.setVisible(!found.isEmpty());
    rejectedRows.setVisible(!found.isEmpty());
    if (!found.isEmpty()) {
      Locale locale = getLocale();
      long id = job.id();
      rejectedRows.setHref(new StreamResource("import-" + id + "-errors.xlsx",
          (out, session) -> imports.writeRejectedRows(user, id, locale, out)));
    }
  }

  private Span count(String kind, int value) {
    Span label = new Span(getTranslation("import." + kind));
    label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-right", "var(--lumo-space-xs)");
    Span number = new Span(String.valueOf(value));
    number.setId("import-" + kind);
    number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
    Span tile = new Span(label, number);
    tile.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)");
    return tile;
  }

  private void stopPolling() {
    if (polling != null) {
      polling.remove();
      polling = null;
      getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("import.title") + " · " + getTranslation("app.name");
  }
}
