package io.linli.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * A platform service a plugin may use, declared in its manifest ({@code Plugin-Permissions: tickets.read,
 * residents.read}) and consented to by each tenant's admin when enabling it. Its {@link PluginContext} refuses the
 * others with {@link PermissionNotDeclared}.
 */
public enum Permission {
  /** Read the tenant's tickets: {@link PluginTickets#ticket(long)}. */
  TICKETS_READ("tickets.read"),
  /** Add comments to tickets, shown on their timeline: {@link PluginTickets#comment(long, String)}. */
  TICKETS_COMMENT("tickets.comment"),
  /** Read residents' names and households: {@link PluginResidents}. */
  RESIDENTS_READ("residents.read"),
  /** Send in-app notifications (and e-mail) to the company's staff: {@link PluginNotifications}. */
  NOTIFICATIONS_SEND("notifications.send"),
  /** Receive the staff's notifications to deliver them by another channel: {@link NotificationChannel}. */
  NOTIFICATIONS_DELIVER("notifications.deliver"),
  /** Receive messages to owners (notices) to deliver them by another channel: {@link OwnerChannel}. */
  OWNERS_CONTACT("owners.contact");

  private final String code;

  Permission(String code) {
    this.code = code;
  }

  /** @return as written in a manifest, e.g. {@code tickets.read} */
  public String code() {
    return code;
  }

  public static Optional<Permission> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code.trim())).findFirst();
  }
}
