package io.linli.plugin;

import io.linli.api.PlatformVersion;
import io.linli.api.PluginContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/**
 * PF4J as Linli uses it: plugin manifests carry permissions, {@code Plugin-Requires} is checked against the platform
 * version, and each extension is created once, handed its plugin's {@link PluginContext}.
 */
class LinliPluginManager extends DefaultPluginManager {

  private final Function<PluginWrapper, PluginContext> contexts;

  LinliPluginManager(Path directory, Function<PluginWrapper, PluginContext> contexts) {
    super(directory);
    this.contexts = contexts;
    setSystemVersion(PlatformVersion.current());
  }

  @Override
  protected PluginDescriptorFinder createPluginDescriptorFinder() {
    return new LinliPluginDescriptor.Finder();
  }

  @Override
  protected ExtensionFactory createExtensionFactory() {
    return new ContextExtensionFactory();
  }

  /** Singletons, built with a {@code (PluginContext)} constructor when there is one. */
  private class ContextExtensionFactory implements ExtensionFactory {

    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();

    @Override
    public <T> T create(Class<T> type) {
      return type.cast(instances.computeIfAbsent(type, this::instantiate));
    }

    private Object instantiate(Class<?> type) {
      try {
        try {
          return type.getConstructor(PluginContext.class).newInstance(contexts.apply(whichPlugin(type)));
        } catch (NoSuchMethodException noContext) {
          return type.getConstructor().newInstance();
        }
      } catch (ReflectiveOperationException e) {
        throw new PluginRuntimeException(e, "Cannot create the extension {}", type.getName());
      }
    }
  }
}
