package io.linli.web;

import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Every REST path that takes the id of tenant-owned data, with how to find such an id of a tenant's own. The
 * isolation test asks each of them for one tenant's id as another tenant (404 expected); the coverage test fails
 * when an endpoint with an id is added without a case here.
 */
final class IsolationCases {

  /** Ids of one tenant's own rows, one of each kind. */
  record TenantIds(long region, long project, long building, long household, long staff, long resident) {}

  static final Map<String, ToLongFunction<TenantIds>> ENDPOINTS = Map.of(
      "/api/regions/{id}", TenantIds::region,
      "/api/projects/{id}", TenantIds::project,
      "/api/projects/{id}/buildings", TenantIds::project,
      "/api/buildings/{id}", TenantIds::building,
      "/api/households/{id}", TenantIds::household,
      "/api/staff/{id}", TenantIds::staff,
      "/api/residents/{id}", TenantIds::resident);

  /** Paths with an id that is not tenant data, and why. */
  static final Map<String, String> EXEMPT = Map.of(
      "/api/operator/tenants/{id}/provision", "the operator's endpoint; its id is a tenant code, not tenant data");

  private IsolationCases() {}
}
