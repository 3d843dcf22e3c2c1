package io.linli.plugin;

import io.linli.api.Permission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Manifest;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginRuntimeException;

/** PF4J's descriptor plus the platform services the plugin declares ({@code Plugin-Permissions}). */
class LinliPluginDescriptor extends DefaultPluginDescriptor {

  static final String PERMISSIONS = "Plugin-Permissions";

  private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

  Set<Permission> permissions() {
    return permissions;
  }

  /** Reads plugin jars' and zips' manifests; an unknown permission makes the plugin invalid. */
  static class Finder extends ManifestPluginDescriptorFinder {

    @Override
    protected DefaultPluginDescriptor createPluginDescriptorInstance() {
      return new LinliPluginDescriptor();
    }

    @Override
    protected PluginDescriptor createPluginDescriptor(Manifest manifest) {
      LinliPluginDescriptor descriptor = (LinliPluginDescriptor) super.createPluginDescriptor(manifest);
      String declared = manifest.getMainAttributes().getValue(PERMISSIONS);
      descriptor.permissions = parse(descriptor.getPluginId(), declared);
      return descriptor;
    }
  }

  static Set<Permission> parse(String pluginId, String declared) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    if (declared == null || declared.isBlank()) {
      return permissions;
    }
    List<String> codes = Arrays.stream(declared.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    for (String code : codes) {
      permissions.add(Permission.ofCode(code).orElseThrow(() -> new PluginRuntimeException(
          "Plugin ''{}'' declares an unknown permission ''{}'' in " + PERMISSIONS, pluginId, code)));
    }
    return permissions;
  }
}
