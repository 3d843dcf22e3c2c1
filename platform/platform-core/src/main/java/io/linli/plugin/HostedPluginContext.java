package io.linli.plugin;

import io.linli.api.Permission;
import io.linli.api.PermissionNotDeclared;
import io.linli.api.PluginContext;
import io.linli.api.PluginData;
import io.linli.api.PluginNotifications;
import io.linli.api.PluginResidents;
import io.linli.api.PluginTickets;
import io.linli.api.ResidentSummary;
import io.linli.api.Spreadsheets;
import io.linli.api.TenantId;
import io.linli.api.TicketSummary;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One plugin's context: the platform's services, for the tenant bound at each call, within its permissions. */
final class HostedPluginContext implements PluginContext {

  private final String pluginId;
  private final Set<Permission> declared;
  private final PluginServices services;
  private final PluginData data;

  HostedPluginContext(String pluginId, Set<Permission> declared, PluginServices services, PluginData data) {
    this.pluginId = pluginId;
    this.declared = Set.copyOf(declared);
    this.services = services;
    this.data = data;
  }

  @Override
  public String pluginId() {
    return pluginId;
  }

  @Override
  public TenantId tenant() {
    return TenantContext.require();
  }

  @Override
  public Clock clock() {
    return services.clock();
  }

  @Override
  public ZoneId zone() {
    return Tenant.ZONE;
  }

  @Override
  public PluginTickets tickets() {
    require(Permission.TICKETS_READ);
    return new PluginTickets() {
      @Override
      public Optional<TicketSummary> ticket(long id) {
        return services.ticket(id);
      }

      @Override
      public void comment(long ticketId, String text) {
        require(Permission.TICKETS_COMMENT);
        services.comment(pluginId, ticketId, text);
      }
    };
  }

  @Override
  public PluginResidents residents() {
    require(Permission.RESIDENTS_READ);
    return new PluginResidents() {
      @Override
      public Optional<ResidentSummary> resident(long id) {
        return services.resident(id);
      }

      @Override
      public List<ResidentSummary> ofHousehold(long householdId) {
        return services.residentsOf(householdId);
      }
    };
  }

  @Override
  public PluginNotifications notifications() {
    require(Permission.NOTIFICATIONS_SEND);
    return (ticketId, role, text, link) -> services.notifyStaffOf(pluginId, ticketId, role, text, link);
  }

  @Override
  public PluginData data() {
    return data;
  }

  @Override
  public Spreadsheets spreadsheets() {
    return services::workbook;
  }

  private void require(Permission permission) {
    if (!declared.contains(permission)) {
      throw new PermissionNotDeclared(pluginId, permission);
    }
  }
}
