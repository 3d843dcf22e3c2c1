package io.linli.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The one place where the tenant is bound to the persistence context. Repositories of tenant-owned entities take
 * their EntityManager from {@link #current()}; a call without a bound tenant fails instead of reading every tenant.
 * Must be used inside a transaction, where the container's EntityManager is the same for the whole unit of work.
 *
 * <p>A transaction serves one tenant only: switching would let the auto-flush before the next query write the first
 * tenant's pending rows under the second tenant's id (this happened once, when start-up provisioned two tenants in
 * one transaction), so {@link #current()} refuses it.
 */
@ApplicationScoped
public class TenantEntityManager {

  @PersistenceContext(unitName = "linli")
  private EntityManager entityManager;

  /** @return the transaction's EntityManager, bound to the thread's tenant */
  public EntityManager current() {
    return bind(entityManager, TenantContext.require().value());
  }

  /**
   * Binds {@code tenant} to {@code entityManager}, which may already serve that tenant but no other.
   *
   * @throws TenantSwitchInTransaction when it already serves another tenant
   */
  static EntityManager bind(EntityManager entityManager, String tenant) {
    Object bound = entityManager.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
    if (bound != null && !bound.equals(tenant)) {
      throw new TenantSwitchInTransaction(bound.toString(), tenant);
    }
    if (bound == null) {
      entityManager.setProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant);
    }
    return entityManager;
  }

  /** @return the transaction's EntityManager for platform-wide entities (tenants, operators), which have no tenant */
  public EntityManager platform() {
    return entityManager;
  }
}
