package io.linli.plugin;

import io.linli.api.Permission;
import java.util.Set;
import java.util.stream.Collectors;

/** Enabling a plugin needs the admin's consent to every platform service it declares. */
public class ConsentRequired extends RuntimeException {

  private final Set<Permission> missing;

  public ConsentRequired(String pluginId, Set<Permission> missing) {
    super("plugin " + pluginId + " needs consent to: "
        + missing.stream().map(Permission::code).sorted().collect(Collectors.joining(", ")));
    this.missing = Set.copyOf(missing);
  }

  public Set<Permission> missing() {
    return missing;
  }
}
