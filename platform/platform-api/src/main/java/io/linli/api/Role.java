package io.linli.api;

/**
 * What a signed-in person may do. Staff hold exactly one staff role; a resident is {@link #RESIDENT} and may in
 * addition hold a committee seat; the SaaS operator belongs to no tenant.
 */
public enum Role {
  /** 租户管理员: administers one property company. */
  TENANT_ADMIN(true),
  /** 区域总监: the regional director, last level of escalation. */
  REGIONAL_DIRECTOR(true),
  /** 项目经理: runs one or more projects (communities). */
  PROJECT_MANAGER(true),
  /** 楼栋管家: looks after the households of some buildings, first level of escalation. */
  BUILDING_STEWARD(true),
  /** 客服: receives requests, first-ask responsibility. */
  CUSTOMER_SERVICE_AGENT(true),
  /** 维修工: handles repairs on site. */
  TECHNICIAN(true),
  /** 业主/住户: a resident of a household. */
  RESIDENT(false),
  /** 业委会成员: a member of a project's owners' committee. */
  OWNERS_COMMITTEE(false),
  /** 居委会成员: a member of the residents' committee of the project's street. */
  RESIDENTS_COMMITTEE(false),
  /** SaaS operator: provisions tenants; sees no tenant's data. */
  OPERATOR(false);

  private final boolean staff;

  Role(boolean staff) {
    this.staff = staff;
  }

  /** @return whether this is a role of the property company's own staff */
  public boolean isStaff() {
    return staff;
  }
}
