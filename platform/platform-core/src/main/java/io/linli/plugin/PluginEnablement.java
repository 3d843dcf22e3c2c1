package io.linli.plugin;

import io.linli.api.Permission;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's choice about one plugin: enabled or not, the version and permissions its admin consented to, and
 * whether the platform suspended it after repeated failures. Kept when disabled, so enabling again finds its data.
 */
@Entity
@Table(name = "plugin_enablement")
public class PluginEnablement extends TenantOwned {

  @Column(name = "plugin_id", length = 64, nullable = false)
  private String pluginId;

  @Column(name = "version", length = 32, nullable = false)
  private String version;

  /** Consented permission codes, comma-separated. */
  @Column(name = "permissions", length = 500, nullable = false)
  private String permissions;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", length = 60, nullable = false)
  private String changedBy;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Column(name = "suspension", length = 500)
  private String suspension;

  protected PluginEnablement() {}

  public PluginEnablement(String pluginId) {
    this.pluginId = pluginId;
    this.permissions = "";
  }

  /** Enables the plugin at this version with these permissions; lifts a suspension. */
  public void enable(String version, Set<Permission> consented, String by, Instant now) {
    this.version = version;
    this.permissions = consented.stream().map(Permission::code).sorted().collect(Collectors.joining(","));
    this.enabled = true;
    this.suspendedAt = null;
    this.suspension = null;
    changed(by, now);
  }

  public void disable(String by, Instant now) {
    this.enabled = false;
    changed(by, now);
  }

  public void suspend(String reason, Instant now) {
    this.suspendedAt = now;
    this.suspension = reason.length() > 500 ? reason.substring(0, 500) : reason;
  }

  /** @return whether calls go to the plugin: enabled, not suspended, and every permission it declares consented */
  public boolean isActive(Set<Permission> declared) {
    return enabled && suspendedAt == null && consented().containsAll(declared);
  }

  public Set<Permission> consented() {
    Set<Permission> consented = EnumSet.noneOf(Permission.class);
    Arrays.stream(permissions.split(",")).filter(c -> !c.isBlank())
        .forEach(code -> Permission.ofCode(code).ifPresent(consented::add));
    return consented;
  }

  private void changed(String by, Instant now) {
    this.changedBy = by;
    this.changedAt = now;
  }

  public String pluginId() {
    return pluginId;
  }

  public String version() {
    return version;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant suspendedAt() {
    return suspendedAt;
  }

  public String suspension() {
    return suspension;
  }
}
