package io.linli.tenancy;

import io.linli.api.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads tenants: the operator lists them, every screen shows its own. */
@ApplicationScoped
@Transactional
public class TenantService {

  @Inject TenantRepository repository;

  public Optional<Tenant> tenant(TenantId id) {
    return repository.find(id);
  }

  public List<Tenant> all() {
    return repository.all();
  }
}
