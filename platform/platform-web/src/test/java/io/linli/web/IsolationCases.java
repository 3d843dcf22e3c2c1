package io.linli.web;

import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Every REST endpoint that takes the id of tenant-owned data, with how to find such an id of a tenant's own. The
 * isolation test calls each of them with one tenant's id as another tenant (404 expected); the coverage test fails
 * when an endpoint with an id is added without a case here.
 */
final class IsolationCases {

  /** Ids of one tenant's own rows, one of each kind. */
  record TenantIds(long region, long project, long building, long household, long staff, long resident,
      long ticket) {}

  /** Keyed by method and path; POSTs send {@link #POST_BODY}. */
  static final Map<String, ToLongFunction<TenantIds>> ENDPOINTS = Map.of(
      "GET /api/regions/{id}", TenantIds::region,
      "GET /api/projects/{id}", TenantIds::project,
      "GET /api/projects/{id}/buildings", TenantIds::project,
      "GET /api/buildings/{id}", TenantIds::building,
      "GET /api/households/{id}", TenantIds::household,
      "GET /api/staff/{id}", TenantIds::staff,
      "GET /api/residents/{id}", TenantIds::resident,
      "GET /api/tickets/{id}", TenantIds::ticket,
      "GET /api/tickets/{id}/timeline", TenantIds::ticket,
      "POST /api/tickets/{id}/actions", TenantIds::ticket);

  /** A request every POST case accepts from its own tenant. */
  static final String POST_BODY = "{\"action\": \"COMMENT\", \"text\": \"隔离测试\"}";

  /** Endpoints with an id that is not tenant data, and why. */
  static final Map<String, String> EXEMPT = Map.of(
      "POST /api/operator/tenants/{id}/provision", "the operator's; its id is a tenant code, not tenant data");

  private IsolationCases() {}
}
