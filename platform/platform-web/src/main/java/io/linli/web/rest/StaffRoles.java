package io.linli.web.rest;

/** Role-name constants for {@code @RolesAllowed}, which needs compile-time strings. */
final class StaffRoles {
  static final String RESIDENT = "RESIDENT";
  static final String TENANT_ADMIN = "TENANT_ADMIN";
  static final String REGIONAL_DIRECTOR = "REGIONAL_DIRECTOR";
  static final String PROJECT_MANAGER = "PROJECT_MANAGER";
  static final String BUILDING_STEWARD = "BUILDING_STEWARD";
  static final String CUSTOMER_SERVICE_AGENT = "CUSTOMER_SERVICE_AGENT";
  static final String TECHNICIAN = "TECHNICIAN";
  static final String OPERATOR = "OPERATOR";

  private StaffRoles() {}
}
