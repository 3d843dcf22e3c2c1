package io.linli.community;

import io.linli.i18n.LocalizedName;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 区域: a group of projects led by one regional director. */
@Entity
@Table(name = "region")
public class Region extends TenantOwned {

  @Column(name = "code", length = 40, nullable = false)
  private String code;

  @Embedded private LocalizedName name;

  protected Region() {}

  public Region(String code, LocalizedName name) {
    this.code = code;
    this.name = name;
  }

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return name;
  }

  public void rename(LocalizedName name) {
    this.name = name;
  }
}
