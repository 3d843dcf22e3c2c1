package io.linli.plugin;

import io.linli.api.PlatformVersion;
import io.linli.settings.LinliSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads and starts the plugins of {@code linli.plugins.dir} once, when the application starts. A plugin that is
 * broken or needs another platform version is refused with a message in the log and in {@link #installed()}; the
 * platform starts all the same.
 */
@ApplicationScoped
public class PluginHost {

  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

  @Inject LinliSettings settings;
  @Inject PluginServices services;
  @Inject PluginTables tables;

  private LinliPluginManager manager;
  private List<InstalledPlugin> installed = List.of();
  private final Map<Class<?>, List<String>> offering = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    Optional<Path> directory = settings.pluginsDirectory().filter(Files::isDirectory);
    if (directory.isEmpty()) {
      LOG.info("No plugins directory (linli.plugins.dir): running without plugins");
      return;
    }
    manager = new LinliPluginManager(directory.get(),
        plugin -> new HostedPluginContext(plugin.getPluginId(),
            ((LinliPluginDescriptor) plugin.getDescriptor()).permissions(), services, tables.of(plugin)));
    manager.loadPlugins();
    manager.startPlugins();
    installed = manager.getPlugins().stream()
        .map(this::describe)
        .sorted(Comparator.comparing(InstalledPlugin::id))
        .toList();
    installed.forEach(p -> LOG.info(() -> p.isRunning()
        ? "Plugin " + p.id() + " " + p.version() + " started"
        : "Plugin " + p.id() + " " + p.version() + " refused: " + p.problem()));
    unreadable(directory.get()).forEach(file -> LOG.warning(() -> "Plugin file " + file.getFileName()
        + " refused: it is not a valid plugin (see the PF4J message above)"));
    loaded = true;
  }

  /** @return every plugin found, running or refused */
  public List<InstalledPlugin> installed() {
    return installed;
  }

  public Optional<InstalledPlugin> running(String pluginId) {
    return installed.stream().filter(p -> p.id().equals(pluginId) && p.isRunning()).findFirst();
  }

  /** @return the plugin's extensions of that type; none when it does not run */
  public <T> List<T> extensions(Class<T> type, String pluginId) {
    return running(pluginId).isPresent() ? manager.getExtensions(type, pluginId) : List.of();
  }

  /** Creates or updates the running plugin's own tables, before a tenant first uses it. */
  void prepareData(String pluginId) {
    if (running(pluginId).isPresent()) {
      tables.migrate(manager.getPlugin(pluginId));
    }
  }

  /** @return the ids of the running plugins that have extensions of that type */
  public List<String> offering(Class<?> type) {
    if (!loaded) {
      return List.of(); // not before the plugins are loaded, lest "none" be remembered
    }
    // plugins load once, at start: the answer never changes, and it is asked on every filing and navigation
    return offering.computeIfAbsent(type, t -> installed.stream().filter(InstalledPlugin::isRunning)
        .map(InstalledPlugin::id)
        .filter(id -> !manager.getExtensions(t, id).isEmpty())
        .toList());
  }

  @PreDestroy
  void stop() {
    if (manager != null) {
      manager.stopPlugins();
      manager.unloadPlugins();
    }
  }

  private InstalledPlugin describe(PluginWrapper plugin) {
    LinliPluginDescriptor descriptor = (LinliPluginDescriptor) plugin.getDescriptor();
    String problem = null;
    if (plugin.getPluginState() != PluginState.STARTED) {
      boolean versionFits = manager.getVersionManager()
          .checkVersionConstraint(PlatformVersion.current(), descriptor.getRequires());
      problem = !versionFits
          ? "it requires platform " + descriptor.getRequires() + ", this is " + PlatformVersion.current()
          : "it did not start (" + Optional.ofNullable(plugin.getFailedException()).map(Throwable::getMessage)
              .orElse(plugin.getPluginState().toString()) + ")";
    }
    return new InstalledPlugin(descriptor.getPluginId(), descriptor.getVersion(),
        descriptor.getPluginDescription(), descriptor.getProvider(), descriptor.getRequires(),
        Set.copyOf(descriptor.permissions()), problem);
  }

  /** Jars and zips PF4J could not load at all: no plugin came of them. */
  private List<Path> unreadable(Path directory) {
    Set<Path> loadedFiles = manager.getPlugins().stream().map(PluginWrapper::getPluginPath).map(Path::getFileName)
        .collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".jar") || f.toString().endsWith(".zip"))
          .filter(f -> !loadedFiles.contains(f.getFileName())
              && !loadedFiles.contains(Path.of(f.getFileName().toString().replaceFirst("\\.zip$", ""))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
