package io.linli.tenancy;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of every tenant-owned entity: EclipseLink adds {@code tenant_id = :bound tenant} to every query, insert and
 * find, from the property that {@link TenantEntityManager} sets. Written once here so no entity can forget it.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    length = 40,
    contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public abstract class TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  public Long id() {
    return id;
  }
}
