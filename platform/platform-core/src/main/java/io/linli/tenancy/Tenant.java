package io.linli.tenancy;

import io.linli.api.TenantId;
import io.linli.i18n.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** A property-management company using Linli. Platform-wide: the row itself has no tenant. */
@Entity
@Table(name = "tenant")
public class Tenant {

  /** Every company works on China time: due dates, quiet hours and exports are in this zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");


  @Id
  @Column(name = "slug", length = 40)
  private String slug;

  @Embedded
  private LocalizedName name;

  @Column(name = "theme", length = 40, nullable = false)
  private String theme;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Tenant() {}

  public Tenant(TenantId id, LocalizedName name, String theme, Instant createdAt) {
    this.slug = id.value();
    this.name = name;
    this.theme = theme;
    this.createdAt = createdAt;
  }

  public TenantId id() {
    return TenantId.of(slug);
  }

  public LocalizedName name() {
    return name;
  }

  public String theme() {
    return theme;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Renames and re-themes the company, as its definition file now says. */
  public void redefine(LocalizedName name, String theme) {
    this.name = name;
    this.theme = theme;
  }
}
