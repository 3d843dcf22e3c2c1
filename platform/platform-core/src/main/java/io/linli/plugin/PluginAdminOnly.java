package io.linli.plugin;

/** Someone other than the tenant's admin (or the operator) tried to enable or disable a plugin. */
public class PluginAdminOnly extends RuntimeException {

  public PluginAdminOnly() {
    super("only the company's admin enables and disables plugins");
  }
}
