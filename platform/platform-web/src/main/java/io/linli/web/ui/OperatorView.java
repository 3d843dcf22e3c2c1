package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.provisioning.NewTenant;
import io.linli.provisioning.ProvisioningService;
import io.linli.provisioning.TenantAlreadyExists;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantService;
import io.linli.theme.ThemeCatalog;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** 租户管理: the operator lists the companies on the platform and provisions a new one. */
@Route(value = "operator", layout = SignedInLayout.class)
@ForAccount(AccountKind.OPERATOR)
public class OperatorView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

  private final TenantService tenants;
  private final ProvisioningService provisioning;
  private final Grid<Tenant> grid = new Grid<>();
  private final TextField id = new TextField();
  private final TextField nameZh = new TextField();
  private final TextField nameEn = new TextField();
  private final ComboBox<String> theme = new ComboBox<>();
  private final TextField adminUsername = new TextField();
  private final TextField adminName = new TextField();
  private final PasswordField adminPassword = new PasswordField();
  private final Map<String, HasValidation> fields = Map.of("id", id, "nameZh", nameZh, "nameEn", nameEn,
      "theme", theme, "adminUsername", adminUsername, "adminName", adminName, "adminPassword", adminPassword);

  @Inject
  public OperatorView(TenantService tenants, ProvisioningService provisioning, ThemeCatalog themes) {
    this.tenants = tenants;
    this.provisioning = provisioning;
    grid.setId("tenants");
    grid.addColumn(t -> t.id().value()).setHeader(getTranslation("operator.tenant.id")).setAutoWidth(true);
    grid.addColumn(t -> t.name().zh()).setHeader(getTranslation("operator.tenant.nameZh"));
    grid.addColumn(t -> t.name().en()).setHeader(getTranslation("operator.tenant.nameEn"));
    grid.addColumn(Tenant::theme).setHeader(getTranslation("operator.tenant.theme"));
    grid.addColumn(t -> DAY.format(t.createdAt())).setHeader(getTranslation("operator.tenant.created"));
    grid.setAllRowsVisible(true);

    id.setLabel(getTranslation("operator.tenant.id"));
    nameZh.setLabel(getTranslation("operator.tenant.nameZh"));
    nameEn.setLabel(getTranslation("operator.tenant.nameEn"));
    theme.setLabel(getTranslation("operator.tenant.theme"));
    theme.setItems(themes.names());
    adminUsername.setLabel(getTranslation("operator.adminUsername"));
    adminName.setLabel(getTranslation("operator.adminName"));
    adminPassword.setLabel(getTranslation("operator.adminPassword"));
    Button provision = new Button(getTranslation("operator.provision"), e -> provision());
    provision.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    provision.setId("provision");
    FormLayout form = new FormLayout(id, nameZh, nameEn, theme, adminUsername, adminName, adminPassword);
    form.setMaxWidth("48rem");

    add(new H2(getTranslation("operator.title")), new H3(getTranslation("operator.tenants")), grid,
        new H3(getTranslation("operator.new")), form, provision);
    refresh();
  }

  private void refresh() {
    grid.setItems(tenants.all());
  }

  private void provision() {
    fields.values().forEach(f -> f.setInvalid(false));
    NewTenant request = new NewTenant(id.getValue().trim(), nameZh.getValue(), nameEn.getValue(), theme.getValue(),
        adminUsername.getValue().trim(), adminName.getValue(), adminPassword.getValue());
    try {
      provisioning.provisionNew(request);
      Notification.show(getTranslation("operator.provisioned", request.id()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      fields.keySet().forEach(k -> ((com.vaadin.flow.component.HasValue<?, ?>) fields.get(k)).clear());
      refresh();
    } catch (ConstraintViolationException e) {
      e.getConstraintViolations().forEach(this::markInvalid);
    } catch (TenantAlreadyExists e) {
      id.setErrorMessage(getTranslation("operator.exists", request.id()));
      id.setInvalid(true);
    }
  }

  /** Shows a violation beside its field, in the page's language (messages come from ValidationMessages). */
  private void markInvalid(ConstraintViolation<?> violation) {
    String field = null;
    for (Path.Node node : violation.getPropertyPath()) {
      field = node.getName();
    }
    HasValidation input = fields.get(field);
    if (input == null) {
      return;
    }
    String template = violation.getMessageTemplate();
    String message = violation.getMessage();
    if (template.startsWith("{") && template.endsWith("}")) {
      try {
        message = ResourceBundle.getBundle("ValidationMessages", getLocale())
            .getString(template.substring(1, template.length() - 1));
      } catch (MissingResourceException keep) {
        // the interpolated default stays
      }
    }
    input.setErrorMessage(message);
    input.setInvalid(true);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("operator.title") + " · " + getTranslation("app.name");
  }
}
