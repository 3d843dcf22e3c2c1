package io.linli.api;

/** Where a plugin's page is shown. */
public enum Surface {
  /** The staff console: pages under {@code /console/plugins/{pluginId}/}. */
  CONSOLE,
  /** The owners' portal: pages under {@code /portal/plugins/{pluginId}/}, laid out for phones first. */
  PORTAL
}
