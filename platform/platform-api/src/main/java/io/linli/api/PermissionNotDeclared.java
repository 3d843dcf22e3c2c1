package io.linli.api;

/** A plugin asked for a platform service its manifest does not declare. */
public class PermissionNotDeclared extends RuntimeException {

  public PermissionNotDeclared(String pluginId, Permission permission) {
    super("plugin " + pluginId + " did not declare " + permission.code() + " in Plugin-Permissions");
  }
}
