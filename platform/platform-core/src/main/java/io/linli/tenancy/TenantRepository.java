package io.linli.tenancy;

import io.linli.api.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Tenants, by slug. */
@ApplicationScoped
public class TenantRepository {

  @Inject TenantEntityManager entityManagers;

  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(entityManagers.platform().find(Tenant.class, id.value()));
  }

  public List<Tenant> all() {
    return entityManagers
        .platform()
        .createQuery("select t from Tenant t order by t.slug", Tenant.class)
        .getResultList();
  }

  /**
   * Inserts a new tenant at once: EclipseLink orders a commit's inserts by mapped relations only, and nothing maps
   * the tenant_id foreign key of tenant-owned rows.
   */
  public void store(Tenant tenant) {
    entityManagers.platform().persist(tenant);
    entityManagers.platform().flush();
  }
}
