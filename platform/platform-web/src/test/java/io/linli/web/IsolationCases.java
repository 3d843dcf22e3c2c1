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
      long ticket, long photo, long notice, long poll, long article, long importJob) {}

  /** Keyed by method and path; POSTs send {@link #POST_BODY}. */
  static final Map<String, ToLongFunction<TenantIds>> ENDPOINTS = Map.ofEntries(
      Map.entry("GET /api/regions/{id}", TenantIds::region),
      Map.entry("GET /api/projects/{id}", TenantIds::project),
      Map.entry("GET /api/projects/{id}/buildings", TenantIds::project),
      Map.entry("GET /api/buildings/{id}", TenantIds::building),
      Map.entry("GET /api/households/{id}", TenantIds::household),
      Map.entry("GET /api/households/{id}/timeline", TenantIds::household),
      Map.entry("POST /api/households/{id}/ledger", TenantIds::household),
      Map.entry("GET /api/staff/{id}", TenantIds::staff),
      Map.entry("GET /api/residents/{id}", TenantIds::resident),
      Map.entry("GET /api/tickets/{id}", TenantIds::ticket),
      Map.entry("GET /api/tickets/{id}/timeline", TenantIds::ticket),
      Map.entry("GET /api/tickets/{id}/reply-scripts", TenantIds::ticket),
      Map.entry("POST /api/tickets/{id}/actions", TenantIds::ticket),
      Map.entry("POST /api/tickets/{id}/photos", TenantIds::ticket),
      Map.entry("GET /api/tickets/{id}/photos", TenantIds::ticket),
      Map.entry("GET /api/tickets/{id}/photos/{photoId}", TenantIds::ticket),
      Map.entry("GET /api/notices/{id}", TenantIds::notice),
      Map.entry("GET /api/polls/{id}", TenantIds::poll),
      Map.entry("GET /api/polls/{id}/audit", TenantIds::poll),
      Map.entry("GET /api/faq/{id}", TenantIds::article),
      Map.entry("GET /api/alerts/projects/{id}", TenantIds::project),
      // --- resident profile (客户画像) ---
      Map.entry("GET /api/households/{id}/tags", TenantIds::household),
      Map.entry("GET /api/imports/{id}", TenantIds::importJob),
      Map.entry("GET /api/imports/{id}/errors.xlsx", TenantIds::importJob));

  /** A request every JSON POST case accepts from its own tenant: a ticket comment and a ledger contact at once. */
  static final String POST_BODY =
      "{\"action\": \"COMMENT\", \"text\": \"隔离测试\", \"kind\": \"PHONE_CALL\", \"content\": \"隔离测试\"}";

  /** The smallest valid PNG (1×1), for the photo endpoints. */
  static final byte[] PNG = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  /** Endpoints with an id that is not tenant data, and why. */
  private static final String PLUGIN_ID = "a plugin id names an installed plugin, not tenant data; the choice"
      + " changed is the caller's tenant's (PlatformIT: a plugin enabled for one tenant is 404 for another)";

  private static final Map<String, String> PLATFORM_EXEMPT = Map.of(
      "POST /api/operator/tenants/{id}/provision", "the operator's; its id is a tenant code, not tenant data",
      "GET /api/plugins/{pluginId}", "the plugins' own API (a sub-resource locator, so only the OpenAPI document"
          + " lists it): the id names an installed plugin, whose data PluginData binds to the caller's tenant",
      "PUT /api/plugins/{pluginId}/enablement", PLUGIN_ID,
      "DELETE /api/plugins/{pluginId}/enablement", PLUGIN_ID,
      "POST /api/notices/{id}/acknowledgement", "residents only, so the admin-driven sweep cannot call it; PlatformIT:"
          + " another tenant's owner acknowledging the notice gets 404",
      "PUT /api/polls/{id}/ballot", "owners only, so the admin-driven sweep cannot call it; PlatformIT: another"
          + " tenant's owner voting in the poll gets 404",
      "PUT /api/faq/{id}", "the sweep sends POST bodies, not an article; PlatformIT#faqAnotherTenantsArticleIs404…:"
          + " another tenant's writer revising the article gets 404",
      "POST /api/faq/{id}/helpful", "residents only, so the admin-driven sweep cannot call it; PlatformIT#faqAnother"
          + "TenantsArticleIs404…: another tenant's owner marking the article gets 404");

  // --- resident profile (客户画像) ---
  private static final String PROFILE_IT = "the sweep sends GETs and POST bodies of other endpoints; PlatformIT#tags"
      + "AnotherTenantsHouseholdAndFilterAre404: another tenant's admin ";

  private static final Map<String, String> PROFILE_EXEMPT = Map.of(
      "POST /api/households/{id}/tags", PROFILE_IT + "tagging the household gets 404",
      "DELETE /api/households/{id}/tags/{tag}", PROFILE_IT + "removing its tag gets 404",
      "PUT /api/households/{id}/special-care", PROFILE_IT + "setting its special care gets 404",
      "GET /api/resident-filters/{id}/households", PROFILE_IT + "asking for the filter's households gets 404");

  static final Map<String, String> EXEMPT = java.util.stream.Stream.of(PLATFORM_EXEMPT, PROFILE_EXEMPT)
      .flatMap(m -> m.entrySet().stream()).collect(java.util.stream.Collectors.toUnmodifiableMap(
          Map.Entry::getKey, Map.Entry::getValue));

  // --- isolation sweep ---
  /** Vaadin routes with the id of tenant-owned data in the URL (their {@code @Route} value), with how to find one. */
  static final Map<String, ToLongFunction<TenantIds>> ROUTES = Map.of(
      "console/tickets/:id([0-9]{1,18})", TenantIds::ticket,
      "console/polls/:id([0-9]{1,18})", TenantIds::poll,
      "console/households/:id([0-9]{1,18})", TenantIds::household,
      "portal/tickets/:id([0-9]{1,18})", TenantIds::ticket,
      "portal/polls/:id([0-9]{1,18})", TenantIds::poll,
      "portal/faq/:id?([0-9]{1,18})", TenantIds::article);

  private static final String PLUGIN_PAGE = "a plugin's pages: the plugin id names an installed plugin, and the plugin"
      + " reads its data through PluginData, bound to the signed-in tenant";

  static final Map<String, String> ROUTE_EXEMPT = Map.of(
      "console/plugins/:pluginId/:path*", PLUGIN_PAGE,
      "portal/plugins/:pluginId/:path*", PLUGIN_PAGE);

  /**
   * The one check both coverage tests make, the fast one over the JAX-RS classes and the one over the served OpenAPI
   * document.
   *
   * @param endpoints "METHOD /path" of every endpoint found, e.g. {@code GET /api/tickets/{id}}
   * @return those that take an id and have neither a case nor an exemption
   */
  static java.util.SortedSet<String> uncovered(java.util.Collection<String> endpoints) {
    return endpoints.stream().filter(e -> e.contains("{"))
        .filter(e -> !ENDPOINTS.containsKey(e) && !EXEMPT.containsKey(e))
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** @return the URL path of a route with its id parameter filled in */
  static String route(String template, long id) {
    return template.replaceFirst(":id\\??\\(.*\\)$", String.valueOf(id));
  }

  private IsolationCases() {}
}
