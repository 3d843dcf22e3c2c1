package io.linli.plugin;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A plugin's persistence unit, described in code rather than a {@code persistence.xml}: its jar is scanned for
 * entities with the plugin's class loader; transactions are local, on the platform's pool for plugins.
 */
record PluginPersistenceUnit(String pluginId, ClassLoader classLoader, URL root, DataSource dataSource)
    implements PersistenceUnitInfo {

  @Override
  public String getPersistenceUnitName() {
    return "plugin-" + pluginId;
  }

  @Override
  public String getPersistenceProviderClassName() {
    return PersistenceProvider.class.getName();
  }

  @Override
  public PersistenceUnitTransactionType getTransactionType() {
    return PersistenceUnitTransactionType.RESOURCE_LOCAL;
  }

  @Override
  public DataSource getJtaDataSource() {
    return null;
  }

  @Override
  public DataSource getNonJtaDataSource() {
    return dataSource;
  }

  @Override
  public List<String> getMappingFileNames() {
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  @Override
  public URL getPersistenceUnitRootUrl() {
    return root;
  }

  @Override
  public List<String> getManagedClassNames() {
    return List.of();
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return false;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    return SharedCacheMode.NONE;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.NONE;
  }

  @Override
  public Properties getProperties() {
    Properties properties = new Properties();
    properties.put(PersistenceUnitProperties.WEAVING, "false"); // the plugin's classes are loaded already
    properties.put(PersistenceUnitProperties.TARGET_DATABASE, "MySQL");
    properties.put(PersistenceUnitProperties.MULTITENANT_SHARED_EMF, "true");
    properties.put(PersistenceUnitProperties.MULTITENANT_SHARED_CACHE, "false");
    properties.put(PersistenceUnitProperties.SCHEMA_GENERATION_DATABASE_ACTION, "none"); // Flyway owns the tables
    properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
    properties.put(PersistenceUnitProperties.DEPLOY_ON_STARTUP, "true");
    properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, io.linli.tenancy.SqlCapture.class.getName());
    return properties;
  }

  @Override
  public String getPersistenceXMLSchemaVersion() {
    return "3.0";
  }

  @Override
  public ClassLoader getClassLoader() {
    return classLoader;
  }

  @Override
  public void addTransformer(ClassTransformer transformer) {
    // no weaving
  }

  @Override
  public ClassLoader getNewTempClassLoader() {
    return classLoader;
  }
}
