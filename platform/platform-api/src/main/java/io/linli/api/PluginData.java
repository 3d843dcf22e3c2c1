package io.linli.api;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The plugin's own tables, through JPA (EclipseLink, with the plugin's class loader). The platform finds the
 * plugin's {@link PluginEntity} classes in its jar and, the first time any tenant's data is asked for, brings the
 * tables up to date with the Flyway migrations of {@code db/{pluginId}/} in the jar (history in
 * {@code {pluginId}_schema_history}). Disabling a plugin keeps its data; enabling it again finds it.
 */
public interface PluginData {

  /**
   * Runs the work in one transaction with an entity manager bound to the tenant of the call; commits when it
   * returns, rolls back when it throws.
   */
  <T> T transaction(Function<EntityManager, T> work);

  /** As {@link #transaction(Function)}, for work that returns nothing. */
  default void run(Consumer<EntityManager> work) {
    transaction(entityManager -> {
      work.accept(entityManager);
      return null;
    });
  }
}
