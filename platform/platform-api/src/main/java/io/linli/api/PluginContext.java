package io.linli.api;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What the platform hands a plugin: its services, bound to the tenant the plugin is being called for. A plugin's
 * extension receives it in its constructor (a public constructor taking a {@code PluginContext}); each call the
 * platform makes into the extension (an event, a REST request, a view) runs with one tenant bound, and the services
 * act for that tenant only. One extension object serves every tenant: keep no tenant's data in its fields.
 */
public interface PluginContext {

  /** @return the plugin's id, as in {@code Plugin-Id} */
  String pluginId();

  /** @return the tenant this call is for */
  TenantId tenant();

  /** @return the platform's clock (tests move it; use it rather than the system clock) */
  Clock clock();

  /** @return the company's time zone, for what people read as a time of day (quiet hours, months of a trend) */
  ZoneId zone();

  /** @throws PermissionNotDeclared without {@link Permission#TICKETS_READ} */
  PluginTickets tickets();

  /** @throws PermissionNotDeclared without {@link Permission#RESIDENTS_READ} */
  PluginResidents residents();

  /** @throws PermissionNotDeclared without {@link Permission#NOTIFICATIONS_SEND} */
  PluginNotifications notifications();

  /** @return the plugin's own tables, bound to the tenant of each call */
  PluginData data();

  /** @return Excel export */
  Spreadsheets spreadsheets();
}
