/**
 * The public contract of the Linli platform: the only package plugins compile against.
 *
 * <p>Extension points: {@link io.linli.api.PluginViews} (pages and menu entries), {@link io.linli.api.RestResources},
 * {@link io.linli.api.TicketListener}, {@link io.linli.api.ScheduledJob}, {@link io.linli.api.DashboardMetrics},
 * {@link io.linli.api.DispatchEligibility}, {@link io.linli.api.NotificationChannel}. A plugin's extensions
 * are found through PF4J's {@code @Extension} index and receive a {@link io.linli.api.PluginContext}; the services
 * it hands out are limited to the {@link io.linli.api.Permission}s the plugin declares.
 */
package io.linli.api;
