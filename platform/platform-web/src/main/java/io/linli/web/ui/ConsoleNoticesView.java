package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import io.linli.community.Project;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.notice.NoticeForbidden;
import io.linli.notice.NoticeService;
import io.linli.notice.Severity;
import io.linli.web.Workplace;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 公告: staff publish a notice to the company or one project and follow who read and acknowledged each one. */
@Route(value = "console/notices", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsoleNoticesView extends VerticalLayout implements HasDynamicTitle {

  private final NoticeService notices;
  private final Workplace workplace;

  @Inject
  public ConsoleNoticesView(NoticeService notices, Workplace workplace) {
    this.notices = notices;
    this.workplace = workplace;
    setId("console-notices");
    render();
  }

  private void render() {
    removeAll();
    SignedInUser user = Session.requireUser();
    add(new H2(getTranslation("notices.console.title")));
    List<NoticeService.Reach> published;
    try {
      published = notices.published(user);
    } catch (NoticeForbidden e) {
      add(new Paragraph(getTranslation("notices.forbidden")));
      return;
    }
    composer(user);
    add(new H3(getTranslation("notices.published")));
    Grid<NoticeService.Reach> grid = new Grid<>();
    grid.setId("notice-reach");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addColumn(r -> r.notice().title()).setHeader(getTranslation("notices.title")).setAutoWidth(true);
    grid.addColumn(r -> getTranslation("severity." + r.notice().severity().name()))
        .setHeader(getTranslation("notices.severity"));
    grid.addColumn(r -> r.notice().project() == null ? getTranslation("notices.everyone")
        : r.notice().project().name().in(getLocale())).setHeader(getTranslation("notices.audience"));
    grid.addColumn(r -> Times.WHEN.format(r.notice().publishedAt())).setHeader(getTranslation("notices.publishedAt"));
    grid.addColumn(r -> r.read() + " / " + r.households()).setHeader(getTranslation("notices.read"));
    grid.addColumn(r -> r.notice().asksAcknowledgement() ? r.acknowledgementRate() + "%" : "—")
        .setHeader(getTranslation("notices.acknowledgementRate"));
    grid.setItems(published);
    add(grid);
  }

  private void composer(SignedInUser user) {
    TextField title = new TextField(getTranslation("notices.title"));
    title.setId("notice-title");
    title.setMaxLength(120);
    title.setWidth("32rem");
    TextArea body = new TextArea(getTranslation("notices.body"));
    body.setId("notice-body");
    body.setHelperText(getTranslation("notices.body.help"));
    body.setWidth("32rem");
    Select<Severity> severity = new Select<>();
    severity.setLabel(getTranslation("notices.severity"));
    severity.setItems(Severity.values());
    severity.setItemLabelGenerator(s -> getTranslation("severity." + s.name()));
    severity.setValue(Severity.NORMAL);
    List<Optional<Project>> audiences = new ArrayList<>();
    audiences.add(Optional.empty());
    workplace.of(user).projects().forEach(p -> audiences.add(Optional.of(p)));
    Select<Optional<Project>> audience = new Select<>();
    audience.setLabel(getTranslation("notices.audience"));
    audience.setItems(audiences);
    audience.setItemLabelGenerator(p -> p.map(project -> project.name().in(getLocale()))
        .orElse(getTranslation("notices.everyone")));
    audience.setValue(Optional.empty());
    Button publish = new Button(getTranslation("notices.publish"), e -> {
      try {
        notices.publish(user, new NoticeService.Draft(title.getValue(), body.getValue(), severity.getValue(),
            audience.getValue().map(Project::id).orElse(null)));
        Notification.show(getTranslation("notices.publishedOk")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
      } catch (IllegalArgumentException problem) {
        Notification.show(getTranslation("notices.invalid")).addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    publish.setId("notice-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(title, body, severity, audience, publish);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notices.console.title") + " · " + getTranslation("app.name");
  }
}
