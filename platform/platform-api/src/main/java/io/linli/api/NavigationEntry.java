package io.linli.api;

import java.util.Objects;
import java.util.Set;

/**
 * A menu entry of a plugin: a link to {@code /console/plugins/{pluginId}/{path}} or
 * {@code /portal/plugins/{pluginId}/{path}}.
 *
 * @param path under the plugin's root, without a leading slash; empty for the root
 * @param roles who sees the entry; empty for everyone on that surface
 */
public record NavigationEntry(Surface surface, String path, Label label, Set<Role> roles) {

  public NavigationEntry {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(label, "label");
    roles = Set.copyOf(roles);
  }

  /** @return whether the caller sees this entry */
  public boolean shownTo(Caller caller) {
    return roles.isEmpty() || roles.stream().anyMatch(caller::has);
  }
}
