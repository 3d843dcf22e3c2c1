package io.linli.plugin;

import io.linli.api.PluginData;
import io.linli.api.PluginEntity;
import io.linli.tenancy.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.pf4j.PluginWrapper;

/**
 * The plugins' own tables: the first time a plugin's data is asked for, its Flyway migrations ({@code db/{id}/} in
 * its jar, history in {@code {id}_schema_history}) bring them up to date and an entity manager factory is made with
 * its class loader. Every entity manager is bound to the tenant of the call.
 */
@ApplicationScoped
public class PluginTables {

  private static final Logger LOG = Logger.getLogger(PluginTables.class.getName());

  @Resource(lookup = "java:app/jdbc/linli-plugins")
  DataSource dataSource;

  private final Map<String, EntityManagerFactory> factories = new ConcurrentHashMap<>();

  /** @return the plugin's data, opened on first use */
  PluginData of(PluginWrapper plugin) {
    return new PluginData() {
      @Override
      public <T> T transaction(Function<EntityManager, T> work) {
        EntityManager entityManager = factories.computeIfAbsent(plugin.getPluginId(), id -> open(plugin))
            .createEntityManager(Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
                TenantContext.require().value()));
        try {
          entityManager.getTransaction().begin();
          T result = work.apply(entityManager);
          entityManager.getTransaction().commit();
          return result;
        } finally {
          if (entityManager.getTransaction().isActive()) {
            entityManager.getTransaction().rollback();
          }
          entityManager.close();
        }
      }
    };
  }

  @PreDestroy
  void close() {
    factories.values().forEach(EntityManagerFactory::close);
  }

  /** Brings the plugin's tables up to date with its migrations, if it ships any (enabling it does this first). */
  void migrate(PluginWrapper plugin) {
    String id = plugin.getPluginId();
    ClassLoader loader = plugin.getPluginClassLoader();
    if (loader.getResource("db/" + id) == null) {
      return; // a plugin without tables: no history table either
    }
    var migrated = Flyway.configure(loader)
        .dataSource(dataSource)
        .locations("classpath:db/" + id)
        .table(id + "_schema_history")
        .baselineOnMigrate(true) // the schema holds the platform's tables already
        .baselineVersion("0")
        .load()
        .migrate();
    LOG.info(() -> "Plugin " + id + ": tables at version " + migrated.targetSchemaVersion);
  }

  private EntityManagerFactory open(PluginWrapper plugin) {
    String id = plugin.getPluginId();
    ClassLoader loader = plugin.getPluginClassLoader();
    migrate(plugin);
    EntityManagerFactory factory = new PersistenceProvider().createContainerEntityManagerFactory(
        new PluginPersistenceUnit(id, loader, root(plugin.getPluginPath()), dataSource), Map.of());
    List<String> wrong = JpaHelper.getServerSession(factory).getDescriptors().values().stream()
        .filter(d -> !d.isAggregateDescriptor() && !d.isDescriptorTypeAggregate())
        .filter(d -> !PluginEntity.class.isAssignableFrom(d.getJavaClass())
            || !d.getTableName().toLowerCase().startsWith(id.toLowerCase() + "_"))
        .map(ClassDescriptor::getJavaClassName)
        .toList();
    if (!wrong.isEmpty()) {
      factory.close();
      throw new IllegalStateException("Plugin " + id + ": entities must extend PluginEntity and use tables named "
          + id + "_…: " + wrong);
    }
    return factory;
  }

  /** The jar, or the classes folder of an unpacked zip. */
  private static URL root(Path pluginPath) {
    Path classes = pluginPath.resolve("classes");
    try {
      return (Files.isDirectory(classes) ? classes : pluginPath).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
