package io.linli.platform;

import io.linli.notification.WebPushKeys;
import io.linli.provisioning.ProvisioningService;
import io.linli.settings.LinliSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database up to date with Flyway before anything else touches it, makes sure the platform's own rows
 * exist, then provisions the tenants of the configured folder when asked to (the demo run and the tests).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Resource(lookup = "java:app/jdbc/linli")
  DataSource dataSource;

  @Inject PlatformAccounts accounts;
  @Inject ProvisioningService provisioning;
  @Inject LinliSettings settings;
  @Inject WebPushKeys webPushKeys;

  @Inject
  @ConfigProperty(name = "linli.provision.on-start", defaultValue = "false")
  boolean provisionOnStart;

  /** Outside any transaction (stated on the method: a class-level attribute does not reach lifecycle callbacks). */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    var result = Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    LOG.info(() -> "Database schema at version " + result.targetSchemaVersion);
    accounts.ensureOperator(settings.operatorUsername(), settings.operatorPassword());
    accounts.ensureTokenKey();
    webPushKeys.ensure();
    Optional<Path> tenants = settings.tenantsDirectory();
    if (provisionOnStart && tenants.isPresent() && Files.isDirectory(tenants.get())) {
      provisioning.provisionAll(tenants.get(), settings.demoPassword());
    }
  }
}
