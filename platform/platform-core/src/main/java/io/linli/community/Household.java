package io.linli.community;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;

/** 房屋/户: a unit of a building. Its floor area weighs its ballot in area-based votes. */
@Entity
@Table(name = "household")
public class Household extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "building_id")
  private Building building;

  @Column(name = "unit", length = 20, nullable = false)
  private String unit;

  @Column(name = "floor_area", precision = 8, scale = 2, nullable = false)
  private BigDecimal floorArea;

  protected Household() {}

  public Household(Building building, String unit, BigDecimal floorArea) {
    this.building = building;
    this.unit = unit;
    this.floorArea = floorArea;
  }

  public Building building() {
    return building;
  }

  public String unit() {
    return unit;
  }

  /** @return where it is, as owners and staff say it: project, building and unit, e.g. 西溪雅苑 4号楼 1-601 */
  public String address(Locale locale) {
    return building.project().name().in(locale) + " " + building.name().in(locale) + " " + unit;
  }

  public BigDecimal floorArea() {
    return floorArea;
  }

  public void remeasure(BigDecimal floorArea) {
    this.floorArea = floorArea;
  }
}
