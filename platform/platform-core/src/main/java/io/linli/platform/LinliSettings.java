package io.linli.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Linli's settings from MicroProfile Config: system properties, then environment variables
 * ({@code LINLI_TENANTS_DIR} for {@code linli.tenants.dir}), then the defaults in microprofile-config.properties.
 */
@ApplicationScoped
public class LinliSettings {

  @Inject
  @ConfigProperty(name = "linli.tenants.dir")
  Optional<String> tenantsDirectory;

  @Inject
  @ConfigProperty(name = "linli.themes.dir")
  Optional<String> themesDirectory;

  @Inject
  @ConfigProperty(name = "linli.demo.password", defaultValue = "linli123")
  String demoPassword;

  @Inject
  @ConfigProperty(name = "linli.operator.username", defaultValue = "operator")
  String operatorUsername;

  @Inject
  @ConfigProperty(name = "linli.operator.password", defaultValue = "linli-operator")
  String operatorPassword;

  public Optional<Path> tenantsDirectory() {
    return tenantsDirectory.map(Path::of);
  }

  public Optional<Path> themesDirectory() {
    return themesDirectory.map(Path::of);
  }

  public char[] demoPassword() {
    return demoPassword.toCharArray();
  }

  public String operatorUsername() {
    return operatorUsername;
  }

  public char[] operatorPassword() {
    return operatorPassword.toCharArray();
  }
}
