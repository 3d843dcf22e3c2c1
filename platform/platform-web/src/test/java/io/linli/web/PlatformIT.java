package io.linli.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.linli.testkit.RestClient;
import io.linli.testkit.RestClient.Response;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform foundation, black-box: the built WAR on Payara Micro against a real MariaDB, driven through its REST
 * API. One class so that Payara starts once for the module; the browser's view is in {@link ConsoleInBrowser}.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  static final String DEMO_PASSWORD = "linli123";

  @Deployment(testable = false)
  static WebArchive linli() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("linli.war")));
  }

  @ArquillianResource URL base;
  RestClient api;

  @BeforeEach
  void client() throws Exception {
    api = new RestClient(base.toURI());
  }

  // --- provisioning ---------------------------------------------------------------------------------------------

  @Test
  void the_demo_tenants_are_provisioned_at_start_and_a_malformed_one_is_not() {
    Response tenants = api.get("/api/operator/tenants", operator());
    assertThat(tenants.status()).isEqualTo(200);
    assertThat(tenants.body()).contains("\"huayuan\"", "华苑物业", "\"lanting\"", "兰亭物业").doesNotContain("broken");
  }

  @Test
  void provisioning_a_tenant_again_creates_nothing_twice() throws SQLException {
    Map<String, Long> before = rowCounts("huayuan");

    Response again = api.post("/api/operator/tenants/huayuan/provision", operator(), "");

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.object().getJsonObject("created")).isEmpty();
    assertThat(rowCounts("huayuan")).isEqualTo(before);
    assertThat(before.get("household")).isEqualTo(200);
  }

  @Test
  void a_malformed_tenant_file_is_reported_with_its_file_line_and_field() {
    Response response = api.post("/api/operator/tenants/broken/provision", operator(), "");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.object().getString("detail")).isEqualTo(
        "broken/households.csv:3: building: no building '2' in project 'garden' of tenant.yaml");
  }

  // --- sign-in and tokens ---------------------------------------------------------------------------------------

  @Test
  void a_staff_token_carries_the_tenant_and_the_role() {
    JsonObject me = api.get("/api/me", api.staffToken("huayuan", "steward.xixi1", DEMO_PASSWORD)).object();

    assertThat(me.getJsonObject("tenant").getJsonObject("name").getString("zh")).isEqualTo("华苑物业");
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("BUILDING_STEWARD");
    assertThat(me.getJsonArray("projects").getJsonObject(0).getString("code")).isEqualTo("xixi");
  }

  @Test
  void a_resident_signs_in_with_their_mobile_number_and_sees_their_household_and_committee_seat() {
    JsonObject me = api.get("/api/me", api.residentToken("huayuan", "13657148616", DEMO_PASSWORD)).object();

    assertThat(me.getJsonObject("resident").getJsonObject("household").getString("project")).isEqualTo("西溪雅苑");
    assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("OWNERS_COMMITTEE", "RESIDENT");
  }

  @Test
  void a_wrong_password_an_unknown_user_and_an_unknown_tenant_fail_alike() {
    List<Response> failures = List.of(
        signIn("huayuan", "admin", "wrong-password"),
        signIn("huayuan", "nobody", DEMO_PASSWORD),
        signIn("nosuchco", "admin", DEMO_PASSWORD));

    assertThat(failures).extracting(Response::status).containsOnly(401);
    assertThat(failures).extracting(Response::body).containsOnly(failures.get(0).body());
  }

  @Test
  void repeated_failed_sign_ins_are_throttled() {
    for (int i = 0; i < 5; i++) {
      assertThat(signIn("lanting", "tech.jianhu2", "wrong-" + i).status()).isEqualTo(401);
    }
    Response throttled = signIn("lanting", "tech.jianhu2", DEMO_PASSWORD);

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.contentType()).startsWith("application/problem+json");
  }

  @Test
  void a_request_without_a_token_is_refused_with_401() {
    assertThat(api.get("/api/projects", null).status()).isEqualTo(401);
    assertThat(api.get("/api/projects", "not-a-token").status()).isEqualTo(401);
  }

  @Test
  void a_resident_may_not_read_the_staff_endpoints() {
    assertThat(api.get("/api/staff", api.residentToken("huayuan", "13657148616", DEMO_PASSWORD)).status())
        .isEqualTo(403);
  }

  // --- problems -------------------------------------------------------------------------------------------------

  @Test
  void malformed_json_is_a_400_problem() {
    Response response = api.post("/api/auth/token", null, "{\"tenant\": \"huayuan\", ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.object().getInt("status")).isEqualTo(400);
  }

  @Test
  void invalid_fields_are_a_400_problem_naming_each_field() {
    Response response = api.post("/api/auth/token", null, "{\"tenant\": \"Hua Yuan\", \"password\": \"x\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("tenant", "username");
  }

  @Test
  void an_unknown_id_is_404() {
    assertThat(api.get("/api/projects/99999999", admin("huayuan")).status()).isEqualTo(404);
  }

  // --- tenant isolation -----------------------------------------------------------------------------------------

  @Test
  void a_staff_member_reads_a_project_of_their_own_tenant() {
    long project = idsOf("huayuan").project();

    Response response = api.get("/api/projects/" + project, admin("huayuan"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.object().getJsonObject("name").getString("zh")).isIn("西溪雅苑", "钱塘明珠苑");
  }

  @Test
  void every_entity_of_one_tenant_is_404_for_another_tenant() {
    IsolationCases.TenantIds huayuan = idsOf("huayuan");
    String huayuanAdmin = admin("huayuan");
    String lantingAdmin = admin("lanting");

    IsolationCases.ENDPOINTS.forEach((template, idOf) -> {
      String path = template.replace("{id}", String.valueOf(idOf.applyAsLong(huayuan)));
      assertThat(api.get(path, huayuanAdmin).status()).as("huayuan reads its own " + path).isEqualTo(200);
      Response foreign = api.get(path, lantingAdmin);
      assertThat(foreign.status()).as("lanting reads huayuan's " + path).isEqualTo(404);
      assertThat(foreign.body()).doesNotContain("华苑");
    });
  }

  @Test
  void lists_show_only_the_tenants_own_rows() {
    assertThat(api.get("/api/projects", admin("lanting")).body()).contains("鉴湖人家").doesNotContain("西溪雅苑");
    assertThat(api.get("/api/staff", admin("lanting")).body()).doesNotContain("steward.xixi1");
  }

  // --- the operator ---------------------------------------------------------------------------------------------

  @Test
  void the_operator_provisions_a_new_tenant_whose_admin_can_sign_in() {
    Response created = api.post("/api/operator/tenants", operator(), """
        {"id": "meilin", "nameZh": "美林物业", "nameEn": "Meilin Property", "theme": "lanting",
         "adminUsername": "admin", "adminName": "周婷", "adminPassword": "meilin-2026-start"}""");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.object().getJsonObject("created").getInt("staff")).isEqualTo(1);
    JsonObject me = api.get("/api/me", api.staffToken("meilin", "admin", "meilin-2026-start")).object();
    assertThat(me.getJsonObject("tenant").getJsonObject("name").getString("zh")).isEqualTo("美林物业");
    assertThat(api.post("/api/operator/tenants", operator(), """
        {"id": "meilin", "nameZh": "又一个", "theme": "lanting", "adminUsername": "admin", "adminName": "周婷",
         "adminPassword": "meilin-2026-start"}""").status()).isEqualTo(409);
  }

  @Test
  void a_new_tenant_with_invalid_fields_is_refused_naming_them() {
    Response response = api.post("/api/operator/tenants", operator(), """
        {"id": "Bad Id", "nameZh": "", "theme": "lanting", "adminUsername": "admin", "adminName": "周婷",
         "adminPassword": "short"}""");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.object().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("adminPassword", "id", "nameZh");
  }

  @Test
  void a_tenant_user_may_not_use_the_operator_endpoints() {
    assertThat(api.get("/api/operator/tenants", admin("huayuan")).status()).isEqualTo(403);
  }

  // --- platform endpoints ---------------------------------------------------------------------------------------

  @Test
  void openapi_and_health_are_served() {
    URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    RestClient server = new RestClient(root);
    assertThat(server.get("/openapi", null).body()).contains("/api/auth/token", "/api/projects/{id}");
    assertThat(server.get("/health", null).status()).isEqualTo(200);
  }

  // --- the browser ----------------------------------------------------------------------------------------------

  @Test
  void a_steward_signs_in_and_sees_the_company_name_in_chinese() {
    try (ConsoleInBrowser browser = new ConsoleInBrowser(base, 1280)) {
      browser.signIn("login", "huayuan", "steward.xixi1", DEMO_PASSWORD);
      assertThat(browser.text("tenant-name")).isEqualTo("华苑物业");
      assertThat(browser.text("role")).isEqualTo("角色：楼栋管家");
      assertThat(browser.text("projects")).contains("西溪雅苑");
      browser.screenshot("console-huayuan-steward");
    }
  }

  @Test
  void the_two_demo_tenants_look_different() {
    String huayuan;
    String lanting;
    try (ConsoleInBrowser browser = new ConsoleInBrowser(base, 1280)) {
      browser.signIn("login", "huayuan", "admin", DEMO_PASSWORD);
      huayuan = browser.headerBackground();
    }
    try (ConsoleInBrowser browser = new ConsoleInBrowser(base, 1280)) {
      browser.signIn("login", "lanting", "admin", DEMO_PASSWORD);
      lanting = browser.headerBackground();
      browser.screenshot("console-lanting-admin");
    }
    assertThat(huayuan).isEqualTo("rgb(15, 118, 110)");
    assertThat(lanting).isNotEqualTo(huayuan).startsWith("rgb(");
  }

  @Test
  void an_owner_signs_in_to_the_portal_on_a_phone_and_sees_their_household() {
    try (ConsoleInBrowser browser = new ConsoleInBrowser(base, 375)) {
      browser.signIn("portal/login", "huayuan", "13657148616", DEMO_PASSWORD);
      assertThat(browser.text("household")).contains("西溪雅苑", "业主");
      browser.screenshot("portal-huayuan-owner-375");
    }
  }

  @Test
  void a_wrong_password_in_the_browser_shows_a_readable_message() {
    try (ConsoleInBrowser browser = new ConsoleInBrowser(base, 1280)) {
      browser.signIn("login", "huayuan", "admin", "not-the-password");
      assertThat(browser.text("sign-in-error")).isEqualTo("登录失败，请检查物业公司代码、用户名和密码。");
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------------

  private Response signIn(String tenant, String username, String password) {
    return api.post("/api/auth/token", null, jakarta.json.Json.createObjectBuilder()
        .add("tenant", tenant).add("username", username).add("password", password).build().toString());
  }

  private String operator() {
    return api.operatorToken("operator", "linli-operator");
  }

  private String admin(String tenant) {
    return api.staffToken(tenant, "admin", DEMO_PASSWORD);
  }

  private IsolationCases.TenantIds idsOf(String tenant) {
    String token = admin(tenant);
    long project = firstId(api.get("/api/projects", token));
    JsonObject resident = api.get("/api/me", api.residentToken(tenant, ownerPhone(tenant), DEMO_PASSWORD))
        .object().getJsonObject("resident");
    return new IsolationCases.TenantIds(
        firstId(api.get("/api/regions", token)),
        project,
        firstId(api.get("/api/projects/" + project + "/buildings", token)),
        resident.getJsonObject("household").getJsonNumber("id").longValue(),
        firstId(api.get("/api/staff", token)),
        resident.getJsonNumber("id").longValue());
  }

  private static String ownerPhone(String tenant) {
    return "huayuan".equals(tenant) ? "13657148616" : "15957513723";
  }

  private static long firstId(Response list) {
    assertThat(list.status()).isEqualTo(200);
    return ((jakarta.json.JsonArray) list.json()).getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** Rows per tenant-owned table, straight from the database. */
  private static Map<String, Long> rowCounts(String tenant) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection db = DriverManager.getConnection(System.getProperty("linli.it.db.url"), "linli", "linli")) {
      for (String table : List.of("region", "project", "building", "household", "staff_member", "staff_assignment",
          "resident", "committee_seat")) {
        try (PreparedStatement count = db.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
          count.setString(1, tenant);
          try (ResultSet rows = count.executeQuery()) {
            rows.next();
            counts.put(table, rows.getLong(1));
          }
        }
      }
    }
    return counts;
  }
}
