package io.linli.api;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of every entity of a plugin. Its table needs an auto-increment {@code id} and a {@code tenant_id
 * varchar(40) not null} column; the platform adds {@code tenant_id = :bound tenant} to every query, insert and find
 * made through {@link PluginData}, so a plugin cannot read or write another company's rows.
 *
 * <p>The tables are the plugin's own: their names start with the plugin's id and an underscore (e.g.
 * {@code survey_answer}), and its Flyway migrations in {@code db/{pluginId}/} of its jar create them. The platform
 * refuses a plugin's data when one of its entities is not a {@code PluginEntity} or its table is not so named.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", length = 40,
    contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public abstract class PluginEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** @return null until stored */
  public Long id() {
    return id;
  }
}
