package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.linli.api.Permission;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.plugin.PluginAdminOnly;
import io.linli.plugin.PluginService;
import io.linli.plugin.PluginService.TenantPlugin;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 插件: the company's admin sees every installed plugin, what it may use, and enables it (consenting to that) or
 * disables it; the menu changes at once, with no restart.
 */
@Route(value = "console/settings/plugins", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class PluginsView extends VerticalLayout implements HasDynamicTitle {

  private final PluginService plugins;

  @Inject
  public PluginsView(PluginService plugins) {
    this.plugins = plugins;
    render();
  }

  private void render() {
    removeAll();
    add(new H2(getTranslation("plugins.title")));
    SignedInUser user = Session.requireUser();
    try {
      var catalogue = plugins.catalogue(user);
      add(new Paragraph(getTranslation(catalogue.isEmpty() ? "plugins.none" : "plugins.intro")));
      catalogue.forEach(plugin -> add(card(user, plugin)));
    } catch (PluginAdminOnly e) {
      add(new Paragraph(getTranslation("plugins.forbidden")));
    }
  }

  private Div card(SignedInUser user, TenantPlugin tenantPlugin) {
    var plugin = tenantPlugin.plugin();
    Span title = new Span(plugin.id() + " " + plugin.version());
    title.getStyle().set("font-weight", "600");
    Span state = new Span(getTranslation(tenantPlugin.active() ? "plugins.state.active"
        : !plugin.isRunning() ? "plugins.state.refused"
        : tenantPlugin.suspension() != null ? "plugins.state.suspended"
        : "plugins.state.off"));
    state.getElement().getThemeList().add("badge" + (tenantPlugin.active() ? " success" : " contrast"));
    state.addClassName("plugin-state");
    Div head = new Div(title, new Span(" "), state);
    Div card = new Div(head, new Paragraph(Stream.of(plugin.description(), plugin.provider())
        .filter(text -> text != null && !text.isBlank()).collect(Collectors.joining(" · "))));
    card.setId("plugin-" + plugin.id());
    card.addClassName("linli-card");
    card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
        .set("background", "var(--lumo-contrast-5pct)").set("max-width", "48rem").set("width", "100%")
        .set("box-sizing", "border-box");
    if (!plugin.isRunning()) {
      card.add(new Paragraph(getTranslation("plugins.problem", plugin.problem())));
      return card;
    }
    if (tenantPlugin.suspension() != null) {
      card.add(new Paragraph(getTranslation("plugins.suspension", tenantPlugin.suspension())));
    }
    card.add(new Span(getTranslation("plugins.permissions")), permissions(plugin.permissions()));
    Button toggle = tenantPlugin.active()
        ? new Button(getTranslation("plugins.disable"), e -> disable(user, plugin.id()))
        : new Button(getTranslation("plugins.enable"), e -> confirmEnable(user, plugin.id(), plugin.permissions()));
    toggle.addClassName("plugin-toggle");
    if (!tenantPlugin.active()) {
      toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    card.add(toggle);
    return card;
  }

  private UnorderedList permissions(Set<Permission> permissions) {
    UnorderedList list = new UnorderedList();
    if (permissions.isEmpty()) {
      list.add(new ListItem(getTranslation("plugins.permissions.none")));
    }
    permissions.stream().sorted().forEach(p -> list.add(new ListItem(getTranslation("permission." + p.code()))));
    return list;
  }

  private void confirmEnable(SignedInUser user, String pluginId, Set<Permission> permissions) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("plugin-consent");
    dialog.setHeader(getTranslation("plugins.consent.title", pluginId));
    dialog.add(new Paragraph(getTranslation(permissions.isEmpty()
        ? "plugins.consent.nothing" : "plugins.consent.text")), permissions(permissions));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("plugins.consent.cancel"));
    dialog.setConfirmText(getTranslation("plugins.consent.confirm"));
    dialog.addConfirmListener(e -> {
      plugins.enable(user, pluginId, permissions);
      changed("plugins.enabled", pluginId);
    });
    dialog.open();
  }

  private void disable(SignedInUser user, String pluginId) {
    plugins.disable(user, pluginId);
    changed("plugins.disabled", pluginId);
  }

  private void changed(String message, String pluginId) {
    Notification.show(getTranslation(message, pluginId)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    render();
    findAncestor(SignedInLayout.class).refreshPluginLinks();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plugins.title") + " · " + getTranslation("app.name");
  }
}
