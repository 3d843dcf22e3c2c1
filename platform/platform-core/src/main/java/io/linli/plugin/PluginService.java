package io.linli.plugin;

import io.linli.audit.AuditLog;
import io.linli.api.Permission;
import io.linli.api.Role;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.notification.NotificationService;
import io.linli.people.PeopleRepository;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** Which plugins the bound tenant uses: its admin (or the operator) enables them, consenting to their permissions. */
@ApplicationScoped
@Transactional
public class PluginService {

  @Inject PluginHost host;
  @Inject AuditLog audit;
  @Inject TenantEntityManager entityManagers;
  @Inject PeopleRepository people;
  @Inject NotificationService notifications;
  @Inject Clock clock;

  /**
   * A plugin as the tenant's admin sees it.
   *
   * @param needsConsent the plugin runs and declares permissions the tenant has not consented to (a new version
   *     asking for more, or never enabled)
   */
  public record TenantPlugin(InstalledPlugin plugin, boolean enabled, boolean active, Set<Permission> consented,
      boolean needsConsent, String suspension) {}

  /** @return every installed plugin, with this tenant's choice about it */
  public List<TenantPlugin> catalogue(SignedInUser user) {
    requireAdmin(user);
    return host.installed().stream().map(p -> {
      Optional<PluginEnablement> choice = enablement(p.id());
      Set<Permission> consented = choice.map(PluginEnablement::consented).orElse(Set.of());
      return new TenantPlugin(p, choice.map(PluginEnablement::isEnabled).orElse(false),
          p.isRunning() && choice.map(e -> e.isActive(p.permissions())).orElse(false), consented,
          !consented.containsAll(p.permissions()), choice.map(PluginEnablement::suspension).orElse(null));
    }).toList();
  }

  /**
   * Enables a plugin for the tenant.
   *
   * @param consent the permissions the admin agrees to; must hold every one the plugin declares
   * @throws NoSuchElementException when no such plugin runs
   * @throws ConsentRequired when a declared permission is not in {@code consent}
   */
  public void enable(SignedInUser user, String pluginId, Set<Permission> consent) {
    requireAdmin(user);
    InstalledPlugin plugin = host.running(pluginId)
        .orElseThrow(() -> new NoSuchElementException("plugin " + pluginId));
    Set<Permission> missing = EnumSet.noneOf(Permission.class);
    missing.addAll(plugin.permissions());
    missing.removeAll(consent);
    if (!missing.isEmpty()) {
      throw new ConsentRequired(pluginId, missing);
    }
    host.prepareData(pluginId);
    PluginEnablement choice = enablement(pluginId).orElseGet(() -> {
      PluginEnablement created = new PluginEnablement(pluginId);
      entityManagers.current().persist(created);
      return created;
    });
    choice.enable(plugin.version(), plugin.permissions(), user.username(), clock.instant());
    audit.record("plugin.enable", "plugin", null, pluginId + " " + plugin.version());
  }

  /** @throws NoSuchElementException when the tenant never enabled it */
  public void disable(SignedInUser user, String pluginId) {
    requireAdmin(user);
    enablement(pluginId).orElseThrow(() -> new NoSuchElementException("plugin " + pluginId))
        .disable(user.username(), clock.instant());
    audit.record("plugin.disable", "plugin", null, pluginId);
  }

  /** @return whether calls for the bound tenant go to the plugin */
  public boolean isActive(String pluginId) {
    return host.running(pluginId)
        .flatMap(p -> enablement(pluginId).map(e -> e.isActive(p.permissions())))
        .orElse(false);
  }

  /** @return the plugins the bound tenant's calls go to */
  public List<String> active() {
    return entityManagers.current()
        .createQuery("select e from PluginEnablement e where e.enabled = true and e.suspendedAt is null",
            PluginEnablement.class)
        .getResultList().stream()
        .filter(e -> host.running(e.pluginId()).map(p -> e.isActive(p.permissions())).orElse(false))
        .map(PluginEnablement::pluginId)
        .toList();
  }

  /** Stops calls to the plugin for the bound tenant until its admin enables it again, and tells the admins. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void suspend(String pluginId, String reason) {
    enablement(pluginId).ifPresent(e -> {
      e.suspend(reason, clock.instant());
      audit.record("plugin.suspend", "plugin", null, pluginId + " · " + reason);
      List<StaffMember> admins = people.staff().stream().filter(s -> s.role() == Role.TENANT_ADMIN).toList();
      notifications.notify(admins, "PLUGIN_SUSPENDED",
          "插件 " + pluginId + " 连续出错，已暂停使用：" + reason, "/console/settings/plugins", clock.instant());
    });
  }

  private Optional<PluginEnablement> enablement(String pluginId) {
    return entityManagers.current()
        .createQuery("select e from PluginEnablement e where e.pluginId = :p", PluginEnablement.class)
        .setParameter("p", pluginId)
        .getResultStream()
        .findFirst();
  }

  private static void requireAdmin(SignedInUser user) {
    if (user.kind() != AccountKind.OPERATOR && !user.roles().contains(Role.TENANT_ADMIN)) {
      throw new PluginAdminOnly();
    }
  }
}
