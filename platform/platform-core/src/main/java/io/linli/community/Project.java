package io.linli.community;

import io.linli.i18n.LocalizedName;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 项目/小区: one community the company manages. */
@Entity
@Table(name = "project")
public class Project extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(name = "code", length = 40, nullable = false)
  private String code;

  @Embedded private LocalizedName name;

  @Column(name = "address", length = 200)
  private String address;

  protected Project() {}

  public Project(Region region, String code, LocalizedName name, String address) {
    this.region = region;
    this.code = code;
    this.name = name;
    this.address = address;
  }

  public Region region() {
    return region;
  }

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return name;
  }

  public String address() {
    return address;
  }

  public void redefine(Region region, LocalizedName name, String address) {
    this.region = region;
    this.name = name;
    this.address = address;
  }
}
