package io.linli.plugin;

import io.linli.api.Permission;
import java.util.Set;

/**
 * A plugin found in the plugins directory.
 *
 * @param requires the platform versions it works with, e.g. {@code >=0.1.0}
 * @param problem why it is not running (e.g. it needs another platform version), or null when it runs
 */
public record InstalledPlugin(String id, String version, String description, String provider, String requires,
    Set<Permission> permissions, String problem) {

  public boolean isRunning() {
    return problem == null;
  }
}
