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

/** 楼栋: a building of a project; its households are looked after by a building steward. */
@Entity
@Table(name = "building")
public class Building extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id")
  private Project project;

  @Column(name = "code", length = 40, nullable = false)
  private String code;

  @Embedded private LocalizedName name;

  protected Building() {}

  public Building(Project project, String code, LocalizedName name) {
    this.project = project;
    this.code = code;
    this.name = name;
  }

  public Project project() {
    return project;
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
