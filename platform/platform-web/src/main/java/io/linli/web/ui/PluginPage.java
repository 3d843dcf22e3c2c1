package io.linli.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import io.linli.api.Surface;
import io.linli.api.ViewRequest;
import io.linli.plugin.PluginContributions;

/**
 * A plugin's page inside the platform's frame. The plugin builds it; a tenant that has not enabled the plugin (or a
 * path the plugin does not know) gets the not-found page.
 */
abstract class PluginPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final PluginContributions contributions;
  private final Surface surface;
  private String pluginId = "";

  PluginPage(PluginContributions contributions, Surface surface) {
    this.contributions = contributions;
    this.surface = surface;
    setWidthFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    if (Session.user().isEmpty()) {
      return; // AccessControl sends the visitor to sign in
    }
    pluginId = event.getRouteParameters().get("pluginId").orElse("");
    ViewRequest request = new ViewRequest(surface, event.getRouteParameters().getWildcard("path"),
        Session.requireUser().caller(), getLocale());
    contributions.view(pluginId, request).ifPresentOrElse(this::add,
        () -> event.rerouteToError(NotFoundException.class));
  }

  @Override
  public String getPageTitle() {
    return pluginId + " · " + getTranslation("app.name");
  }
}
