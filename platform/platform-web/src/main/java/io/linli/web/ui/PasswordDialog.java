package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinRequest;
import io.linli.identity.SignInRefused;
import io.linli.identity.SignInService;
import io.linli.identity.SignedInUser;

/**
 * 修改密码: the signed-in person gives the current password and a new one twice. Every other sign-in of the account
 * ends; this browser stays signed in under the new password.
 */
class PasswordDialog extends Dialog {

  PasswordDialog(SignInService signIn) {
    setHeaderTitle(getTranslation("password.change"));
    setId("password-dialog");
    PasswordField current = field("password.current", "password-current");
    PasswordField next = field("password.new", "password-new");
    next.setHelperText(getTranslation("password.rule"));
    PasswordField again = field("password.confirm", "password-confirm");
    Button save = new Button(getTranslation("password.save"), e -> {
      current.setInvalid(false);
      next.setInvalid(false);
      again.setInvalid(false);
      if (!next.getValue().equals(again.getValue())) {
        again.setErrorMessage(getTranslation("password.mismatch"));
        again.setInvalid(true);
        return;
      }
      SignedInUser user = Session.requireUser();
      try {
        Session.renew(signIn.changePassword(user, current.getValue().toCharArray(), next.getValue().toCharArray(),
            VaadinRequest.getCurrent().getRemoteAddr()));
        close();
        Notification.show(getTranslation("password.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      } catch (SignInRefused refused) {
        current.setErrorMessage(getTranslation(refused.isThrottled() ? "password.throttled" : "password.wrongCurrent"));
        current.setInvalid(true);
      } catch (IllegalArgumentException weak) {
        next.setErrorMessage(getTranslation("password.rule"));
        next.setInvalid(true);
      }
    });
    save.setId("password-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("password.cancel"), e -> close());
    VerticalLayout fields = new VerticalLayout(current, next, again);
    fields.setPadding(false);
    add(fields);
    getFooter().add(cancel, save);
  }

  private PasswordField field(String label, String id) {
    PasswordField field = new PasswordField(getTranslation(label));
    field.setId(id);
    field.setWidth("min(20rem, 80vw)");
    field.setMaxLength(200);
    return field;
  }
}
