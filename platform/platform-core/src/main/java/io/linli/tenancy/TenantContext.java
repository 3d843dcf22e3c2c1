package io.linli.tenancy;

import io.linli.api.TenantId;
import java.util.Optional;

/**
 * The tenant whose data the current thread works on. Bound once per unit of work by the edge that knows the
 * signed-in principal (the request filter, a scheduler, provisioning) and read by {@link TenantEntityManager}.
 * Never set from a client-supplied field.
 */
public final class TenantContext {

  private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  /**
   * Binds {@code tenant} to this thread until the returned scope is closed; the previous binding (if any) comes
   * back then, so scopes nest.
   */
  public static Scope open(TenantId tenant) {
    TenantId previous = CURRENT.get();
    CURRENT.set(java.util.Objects.requireNonNull(tenant, "tenant"));
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /** @return the bound tenant, if any */
  public static Optional<TenantId> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * @return the bound tenant
   * @throws NoTenantBoundException when nothing is bound: tenant data must never be read "for all tenants" by accident
   */
  public static TenantId require() {
    TenantId tenant = CURRENT.get();
    if (tenant == null) {
      throw new NoTenantBoundException();
    }
    return tenant;
  }

  /** A binding; closing it restores the one before. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
