package io.linli.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a tenant (one property-management company): its slug, such as {@code huayuan}.
 *
 * <p>A slug never changes once the tenant exists; it is the value of the {@code tenant_id} column on every
 * tenant-owned row. Plugins receive it from the platform; they never parse it from client input.
 */
public record TenantId(String value) {

  /** Lower-case ASCII, starting with a letter, 2 to 31 characters. */
  public static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,30}");

  /**
   * @throws IllegalArgumentException when the value is not a valid slug
   */
  public TenantId {
    Objects.requireNonNull(value, "tenant id");
    if (!SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException("not a tenant slug: " + value);
    }
  }

  /** @return the tenant id for a slug */
  public static TenantId of(String slug) {
    return new TenantId(slug);
  }

  @Override
  public String toString() {
    return value;
  }
}
