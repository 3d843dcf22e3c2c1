package io.linli.provisioning;

import io.linli.api.TenantId;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one provisioning run did to a tenant: how many rows of each kind it created. A second run of the same
 * definition creates none.
 */
public record ProvisioningReport(TenantId tenant, Map<String, Integer> created) {

  public ProvisioningReport {
    created = Map.copyOf(created);
  }

  public int totalCreated() {
    return created.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Counts rows as a run creates them. */
  static final class Counter {
    private final Map<String, Integer> created = new TreeMap<>();

    void created(String kind) {
      created.merge(kind, 1, Integer::sum);
    }

    ProvisioningReport report(TenantId tenant) {
      return new ProvisioningReport(tenant, created);
    }
  }
}
