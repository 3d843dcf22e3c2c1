package io.linli.api;

import org.pf4j.ExtensionPoint;

/**
 * Another way to reach the company's staff (SMS, WeCom …): the platform hands each notification it sends to a staff
 * member to the channels of the plugins the company enabled, after it is stored, off the request's thread. A plugin
 * offering a channel declares {@link Permission#NOTIFICATIONS_DELIVER}; without it its channel is not called.
 */
public interface NotificationChannel extends ExtensionPoint {

  /** Delivers one notification. */
  void deliver(StaffMessage message);
}
