package io.linli.api;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * A plugin's pages, server-rendered with Vaadin Flow, and its entries in the menus. The platform shows them inside
 * its own frame (the company's logo, theme and menu) only to signed-in people of tenants that enabled the plugin;
 * others get the not-found page. Use the components of {@code vaadin-core}: they are the ones the platform's
 * browser bundle carries.
 */
public interface PluginViews extends ExtensionPoint {

  /** @return the plugin's menu entries; each is shown to the people {@link NavigationEntry#shownTo} names */
  List<NavigationEntry> navigation();

  /**
   * Builds the page for a request, on the request's thread (keep it quick; do slow work in a {@link ScheduledJob}).
   *
   * @return the page, or empty when there is none at that path or the caller may not see it (the platform shows
   *     its not-found page)
   */
  Optional<Component> view(ViewRequest request);
}
