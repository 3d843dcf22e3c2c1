package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.api.Role;
import io.linli.audit.AuditEntry;
import io.linli.audit.AuditLog;
import io.linli.identity.AccountKind;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * 审计日志: the company admin reads who signed in and who changed what, newest first, by kind of action, a page at a
 * time. Nothing here changes or removes an entry.
 */
@Route(value = "console/audit", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsoleAuditView extends VerticalLayout implements HasDynamicTitle {

  static final int PAGE = 50;
  /** The families an admin filters by, in the order offered. */
  static final List<String> FAMILIES = List.of("sign-in", "password", "ticket", "notice", "poll", "sla", "alert",
      "plugin", "household", "segment", "import", "ledger", "faq", "preferences");

  private final AuditLog audit;
  private final Grid<AuditEntry> grid = new Grid<>();
  private final Button more = new Button();
  private final List<AuditEntry> shown = new ArrayList<>();
  private String family;

  @Inject
  public ConsoleAuditView(AuditLog audit) {
    this.audit = audit;
    setId("console-audit");
    add(new H2(getTranslation("audit.title")));
    if (!Session.requireUser().roles().contains(Role.TENANT_ADMIN)) {
      add(new Paragraph(getTranslation("audit.forbidden")));
      return;
    }
    ComboBox<String> families = new ComboBox<>(getTranslation("audit.family"));
    families.setId("audit-family");
    families.setItems(FAMILIES);
    families.setItemLabelGenerator(f -> getTranslation("audit.family." + f));
    families.setPlaceholder(getTranslation("audit.family.all"));
    families.setClearButtonVisible(true);
    families.addValueChangeListener(e -> {
      family = e.getValue();
      shown.clear();
      load();
    });
    grid.setId("audit-entries");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(e -> Times.WHEN.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(e -> e.actor().name()).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
    grid.addColumn(this::what).setHeader(getTranslation("audit.action")).setAutoWidth(true);
    grid.addColumn(this::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.detail"))
        .setFlexGrow(1);
    grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
        .setHeader(getTranslation("audit.address")).setAutoWidth(true).setFlexGrow(0);
    grid.setAllRowsVisible(true);
    more.setText(getTranslation("audit.more"));
    more.setId("audit-more");
    more.addClickListener(e -> load());
    add(new Paragraph(getTranslation("audit.intro")), families, grid, more);
    setSizeFull();
    load();
  }

  private void load() {
    Long before = shown.isEmpty() ? null : shown.get(shown.size() - 1).id();
    List<AuditEntry> page = audit.entries(new AuditLog.Query(family, null, null, null, null, null, before, PAGE + 1));
    shown.addAll(page.subList(0, Math.min(PAGE, page.size())));
    grid.setItems(shown);
    more.setVisible(page.size() > PAGE);
  }

  /** 工单 · 派单 for a ticket's action; the action's own name otherwise; its code if it has no name yet. */
  private String what(AuditEntry e) {
    if (e.action().startsWith("ticket.")) {
      return getTranslation("audit.family.ticket") + " · "
          + getTranslation("action." + e.action().substring("ticket.".length()).toUpperCase());
    }
    String key = "audit.action." + e.action();
    String name = getTranslation(key);
    return name.contains(key) ? e.action() : name;
  }

  /** 工单 #311: the kind of thing, and its id when it has one. */
  private String subject(AuditEntry e) {
    String key = "audit.subject." + e.subjectType();
    String kind = getTranslation(key);
    return (kind.contains(key) ? e.subjectType() : kind) + (e.subjectId() == null ? "" : " #" + e.subjectId());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("audit.title") + " · " + getTranslation("app.name");
  }
}
