package io.linli.plugin;

import com.vaadin.flow.component.Component;
import io.linli.api.Caller;
import io.linli.api.DashboardMetrics;
import io.linli.api.Metric;
import io.linli.api.NavigationEntry;
import io.linli.api.PluginViews;
import io.linli.api.Surface;
import io.linli.api.ViewRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the plugins the bound tenant enabled add to the platform's screens: menu entries, pages and dashboard
 * figures. Each is asked for through {@link PluginCalls}, so a failing plugin loses only its own part.
 */
@ApplicationScoped
public class PluginContributions {

  @Inject PluginHost host;
  @Inject PluginService plugins;
  @Inject PluginCalls calls;

  /** A plugin's menu entry. */
  public record Link(String pluginId, NavigationEntry entry) {

    /** @return the page's location, relative to the application's root */
    public String href() {
      String root = (entry.surface() == Surface.PORTAL ? "portal" : "console") + "/plugins/" + pluginId;
      return entry.path().isEmpty() ? root : root + "/" + entry.path();
    }
  }

  /** A plugin's dashboard figure. */
  public record PluginMetric(String pluginId, Metric metric) {}

  /** @return the entries the caller sees on that surface, plugin by plugin */
  public List<Link> navigation(Surface surface, Caller caller) {
    List<Link> links = new ArrayList<>();
    for (String pluginId : active(PluginViews.class)) {
      for (PluginViews views : host.extensions(PluginViews.class, pluginId)) {
        calls.ask(pluginId, views::navigation).orElse(List.of()).stream()
            .filter(entry -> entry.surface() == surface && entry.shownTo(caller))
            .forEach(entry -> links.add(new Link(pluginId, entry)));
      }
    }
    return links;
  }

  /** @return the plugin's page; empty when the tenant has not enabled it, it has none there, or it failed */
  public Optional<Component> view(String pluginId, ViewRequest request) {
    if (!plugins.isActive(pluginId)) {
      return Optional.empty();
    }
    return host.extensions(PluginViews.class, pluginId).stream()
        .map(views -> calls.ask(pluginId, () -> views.view(request)).flatMap(page -> page))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** @return the figures of every plugin the tenant enabled */
  public List<PluginMetric> metrics() {
    List<PluginMetric> metrics = new ArrayList<>();
    for (String pluginId : active(DashboardMetrics.class)) {
      for (DashboardMetrics source : host.extensions(DashboardMetrics.class, pluginId)) {
        calls.ask(pluginId, source::metrics).orElse(List.of())
            .forEach(metric -> metrics.add(new PluginMetric(pluginId, metric)));
      }
    }
    return metrics;
  }

  /** @return the plugins the bound tenant enabled that offer extensions of that type */
  List<String> active(Class<?> extensionPoint) {
    List<String> offering = host.offering(extensionPoint);
    return offering.isEmpty() ? List.of() : plugins.active().stream().filter(offering::contains).toList();
  }
}
