package io.linli.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The one place where the tenant is bound to the persistence context. Repositories of tenant-owned entities take
 * their EntityManager from {@link #current()}; a call without a bound tenant fails instead of reading every tenant.
 * Must be used inside a transaction, where the container's EntityManager is the same for the whole unit of work.
 */
@ApplicationScoped
public class TenantEntityManager {

  @PersistenceContext(unitName = "linli")
  private EntityManager entityManager;

  /** @return the transaction's EntityManager, bound to the thread's tenant */
  public EntityManager current() {
    entityManager.setProperty(
        PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, TenantContext.require().value());
    return entityManager;
  }

  /** @return the transaction's EntityManager for platform-wide entities (tenants, operators), which have no tenant */
  public EntityManager platform() {
    return entityManager;
  }
}
