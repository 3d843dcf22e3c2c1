package io.linli.web.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import io.linli.api.TenantId;
import io.linli.identity.AccountKind;
import io.linli.identity.Credentials;
import io.linli.identity.SignInRefused;
import io.linli.identity.SignInService;

/** The sign-in page of one kind of account: staff and residents name their company, the operator does not. */
public abstract class SignInView extends VerticalLayout implements HasDynamicTitle {

  private final SignInService signIn;
  private final AccountKind kind;
  private final TextField tenant = new TextField();
  private final TextField username = new TextField();
  private final PasswordField password = new PasswordField();
  private final Paragraph error = new Paragraph();

  protected SignInView(SignInService signIn, AccountKind kind, String titleKey, String usernameKey) {
    this.signIn = signIn;
    this.kind = kind;
    setSizeFull();
    setAlignItems(FlexComponent.Alignment.CENTER);
    setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    addClassName("linli-sign-in");

    H1 brand = new H1(getTranslation("app.name"));
    brand.getStyle().set("margin", "0").set("color", "var(--lumo-primary-text-color)");
    Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
    tagline.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)");

    tenant.setLabel(getTranslation("signin.tenant"));
    tenant.setHelperText(getTranslation("signin.tenant.helper"));
    tenant.setId("tenant");
    username.setLabel(getTranslation(usernameKey));
    username.setId("username");
    password.setLabel(getTranslation("signin.password"));
    password.setId("password");
    error.setId("sign-in-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    error.setVisible(false);

    Button submit = new Button(getTranslation("signin.submit"), e -> submit());
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickShortcut(Key.ENTER);
    submit.setWidthFull();
    submit.setId("sign-in");

    Div card = new Div(new H2(getTranslation(titleKey)));
    if (kind != AccountKind.OPERATOR) {
      card.add(tenant);
    }
    card.add(username, password, error, submit);
    card.getStyle().set("display", "flex").set("flex-direction", "column").set("width", "min(22rem, 92vw)")
        .set("padding", "var(--lumo-space-l)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("box-shadow", "var(--lumo-box-shadow-m)").set("background", "var(--lumo-base-color)");
    add(brand, tagline, card, otherWay(), new LanguageSwitch());
  }

  private Anchor otherWay() {
    return kind == AccountKind.STAFF
        ? new Anchor(Routes.signIn(AccountKind.RESIDENT), getTranslation("signin.to.portal"))
        : new Anchor(Routes.signIn(AccountKind.STAFF), getTranslation("signin.to.staff"));
  }

  private void submit() {
    String tenantCode = tenant.getValue().trim().toLowerCase();
    boolean tenantMissing = kind != AccountKind.OPERATOR && !TenantId.SLUG.matcher(tenantCode).matches();
    if (tenantMissing || username.getValue().isBlank() || password.getValue().isEmpty()) {
      show(getTranslation("signin.required"));
      return;
    }
    try {
      var user = signIn.signIn(new Credentials(kind, kind == AccountKind.OPERATOR ? null : TenantId.of(tenantCode),
          username.getValue().trim(), password.getValue().toCharArray()),
          VaadinRequest.getCurrent().getRemoteAddr());
      Session.signIn(user);
      // a new page load, so the request filter binds the user's tenant for everything the home page reads
      UI.getCurrent().getPage().setLocation(Routes.home(kind));
    } catch (SignInRefused refused) {
      password.clear();
      show(refused.isThrottled()
          ? getTranslation("signin.throttled", refused.retryAfter().toSeconds())
          : getTranslation("signin.failed"));
    }
  }

  private void show(String message) {
    error.setText(message);
    error.setVisible(true);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("app.name");
  }
}
