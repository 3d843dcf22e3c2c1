package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.api.QuietHours;
import io.linli.identity.AccountKind;
import io.linli.notification.ContactPreferences;
import io.linli.notification.ContactService;
import io.linli.notification.DeliveryChannel;
import io.linli.notification.WebPushKeys;
import io.linli.people.PeopleRepository;
import io.linli.people.Resident;
import io.linli.identity.SignInService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;

/** 我的设置: how the owner wants to hear from the company — channels, e-mail, quiet hours, language. Phone first. */
@Route(value = "portal/preferences", layout = SignedInLayout.class)
@ForAccount(AccountKind.RESIDENT)
public class PortalPreferencesView extends VerticalLayout implements HasDynamicTitle {

  /** Subscribes this browser to web push and hands back its subscription as JSON (or why it could not). */
  private static final String SUBSCRIBE = """
      if (!('serviceWorker' in navigator) || !('PushManager' in window)) return 'unsupported';
      const registration = await navigator.serviceWorker.register('/push-worker.js');
      if (await Notification.requestPermission() !== 'granted') return 'denied';
      const subscription = await registration.pushManager.subscribe(
          { userVisibleOnly: true, applicationServerKey: $0 });
      return JSON.stringify(subscription.toJSON());""";

  @Inject
  public PortalPreferencesView(ContactService contacts, PeopleRepository people, WebPushKeys pushKeys,
      SignInService signIn) {
    setId("portal-preferences");
    setPadding(true);
    Resident resident = people.resident(Session.requireUser().accountId()).orElseThrow();
    ContactPreferences current = contacts.preferences(resident);
    add(new H2(getTranslation("preferences.title")), new Paragraph(getTranslation("preferences.intro")));

    CheckboxGroup<DeliveryChannel> channels = new CheckboxGroup<>(getTranslation("preferences.channels"));
    channels.setId("preference-channels");
    channels.setItems(EnumSet.complementOf(EnumSet.of(DeliveryChannel.PORTAL)));
    channels.setItemLabelGenerator(c -> getTranslation("delivery.channel." + c.name()));
    channels.setValue(EnumSet.copyOf(current.channels()));
    channels.setHelperText(getTranslation("preferences.channels.help"));
    EmailField email = new EmailField(getTranslation("preferences.email"));
    email.setId("preference-email");
    email.setWidthFull();
    email.setValue(current.email() == null ? "" : current.email());

    Checkbox quiet = new Checkbox(getTranslation("preferences.quiet"), current.hasQuietHours());
    quiet.setId("preference-quiet");
    QuietHours hours = current.hasQuietHours() ? current.quietHours() : QuietHours.DEFAULT;
    TimePicker from = new TimePicker(getTranslation("preferences.quiet.from"), hours.start());
    TimePicker to = new TimePicker(getTranslation("preferences.quiet.to"), hours.end());
    from.setWidth("8rem");
    to.setWidth("8rem");
    FlexLayout span = new FlexLayout(from, to);
    span.getStyle().set("gap", "var(--lumo-space-m)");
    span.setVisible(quiet.getValue());
    quiet.addValueChangeListener(e -> span.setVisible(e.getValue()));
    Paragraph quietHelp = new Paragraph(getTranslation("preferences.quiet.help"));
    quietHelp.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

    Select<String> language = new Select<>();
    language.setLabel(getTranslation("preferences.language"));
    language.setItems(List.of("zh-CN", "en"));
    language.setItemLabelGenerator(l -> l.equals("en") ? "English" : "简体中文");
    language.setValue(current.language());

    Button save = new Button(getTranslation("preferences.save"), e -> {
      try {
        contacts.change(resident, channels.getValue(), email.getValue(),
            quiet.getValue() ? new QuietHours(from.getValue(), to.getValue()) : null, language.getValue());
        Notification.show(getTranslation("preferences.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      } catch (IllegalArgumentException problem) {
        String key = problem.getMessage().startsWith("email") ? "preferences.email.invalid" : "preferences.invalid";
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    save.setId("preference-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setWidthFull();

    Button thisBrowser = new Button(getTranslation("preferences.push"), e -> getElement()
        .executeJs(SUBSCRIBE, pushKeys.applicationServerKey())
        .then(String.class, answer -> {
          if (answer.startsWith("{")) {
            JsonObject subscription = Json.createReader(new StringReader(answer)).readObject();
            JsonObject keys = subscription.getJsonObject("keys");
            contacts.subscribe(resident, subscription.getString("endpoint"), keys.getString("p256dh"),
                keys.getString("auth"));
            Notification.show(getTranslation("preferences.push.on"));
          } else {
            Notification.show(getTranslation("preferences.push." + answer));
          }
        }, failure -> Notification.show(getTranslation("preferences.push.unsupported"))));
    thisBrowser.setId("preference-push");
    thisBrowser.setWidthFull();
    Button password = new Button(getTranslation("password.change"), e -> new PasswordDialog(signIn).open());
    password.setId("change-password");
    password.setWidthFull();
    add(channels, email, quiet, span, quietHelp, language, save, thisBrowser, password);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("preferences.title") + " · " + getTranslation("app.name");
  }
}
