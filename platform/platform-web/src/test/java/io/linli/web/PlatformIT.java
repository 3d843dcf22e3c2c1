package io.linli.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.linli.testkit.RestClient;
import io.linli.testkit.RestClient.Response;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
  /** An owner of 西溪雅苑 who sits on its owners' committee. */
  static final String OWNER_PHONE = "13657148616";

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

  // --- tickets ------------------------------------------------------------------------------------------------

  @Test
  void an_owner_files_a_repair_and_a_retry_with_the_same_idempotency_key_files_nothing_more() {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    String body = "{\"category\": \"repair\", \"title\": \"卫生间漏水\", \"description\": \"天花板滴水\"}";

    Response first = api.post("/api/tickets", owner, body, "Idempotency-Key", "owner-retry-1");
    Response retry = api.post("/api/tickets", owner, body, "Idempotency-Key", "owner-retry-1");

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.object().getInt("id")).isEqualTo(first.object().getInt("id"));
    JsonObject ticket = first.object();
    assertThat(ticket.getString("status")).isEqualTo("RECEIVED");
    assertThat(ticket.getJsonObject("nextDue").getString("kind")).isEqualTo("RESPONSE");
    assertThat(ticket.getJsonObject("nextDue").getString("state")).isEqualTo("GREEN");
  }

  @Test
  void three_days_after_the_service_the_owner_is_asked_for_their_satisfaction_exactly_once() throws Exception {
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    long id = api.post("/api/tickets", agent, "{\"householdId\": " + householdOf("huayuan", OWNER_PHONE)
        + ", \"category\": \"repair\", \"title\": \"单元门禁失灵\"}").object().getJsonNumber("id").longValue();
    act(id, agent, "{\"action\": \"DISPATCH\", \"assigneeId\": " + staffId("huayuan", "tech.xixi1") + "}",
        "DISPATCHED");
    act(id, agent, "{\"action\": \"START\"}", "IN_PROGRESS");
    act(id, agent, "{\"action\": \"RESOLVE\", \"text\": \"已更换读卡模块\"}", "RESOLVED");
    assertThat(timelineActions(id, agent)).doesNotContain("ASK_RATING");

    // three days pass
    execute("update ticket set satisfaction_due_at = ? where id = ?", Instant.now().minusSeconds(1), id);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!timelineActions(id, agent).contains("ASK_RATING")) {
      assertThat(Instant.now()).as("the owner is asked").isBefore(deadline);
      Thread.sleep(500);
    }
    Thread.sleep(5_000); // more scans by both schedulers
    assertThat(timelineActions(id, agent)).filteredOn("ASK_RATING"::equals).hasSize(1);
  }

  @Test
  void an_agent_takes_a_phoned_in_repair_through_the_whole_loop() {
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    long household = householdOf("huayuan", OWNER_PHONE);
    long technician = staffId("huayuan", "tech.xixi1");
    Response filed = api.post("/api/tickets", agent, "{\"householdId\": " + household
        + ", \"category\": \"repair\", \"channel\": \"PHONE\", \"title\": \"楼道灯不亮\"}");
    assertThat(filed.status()).isEqualTo(201);
    long id = filed.object().getJsonNumber("id").longValue();
    assertThat(filed.object().getJsonObject("firstAgent").getString("name")).isNotBlank();

    act(id, agent, "{\"action\": \"DISPATCH\", \"assigneeId\": " + technician + "}", "DISPATCHED");
    String tech = api.staffToken("huayuan", "tech.xixi1", DEMO_PASSWORD);
    act(id, tech, "{\"action\": \"START\"}", "IN_PROGRESS");
    act(id, tech, "{\"action\": \"ARRIVE\"}", "IN_PROGRESS");
    act(id, tech, "{\"action\": \"RESOLVE\", \"text\": \"已更换灯泡\"}", "RESOLVED");
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    act(id, owner, "{\"action\": \"RATE\", \"rating\": 5, \"text\": \"很及时\"}", "RESOLVED");
    act(id, agent, "{\"action\": \"CLOSE\"}", "CLOSED");

    Response timeline = api.get("/api/tickets/" + id + "/timeline", owner);
    assertThat(((jakarta.json.JsonArray) timeline.json()).getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("action"))
        .containsExactly("FILE", "DISPATCH", "START", "ARRIVE", "RESOLVE", "RATE", "CLOSE");
  }

  @Test
  void staff_filing_without_naming_the_household_get_a_400() {
    Response response = api.post("/api/tickets", api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD),
        "{\"category\": \"repair\", \"title\": \"无房号\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.object().getString("detail")).startsWith("householdId:");
  }

  @Test
  void closing_an_unresolved_ticket_is_a_409_naming_its_status() {
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    long id = api.post("/api/tickets", agent, "{\"householdId\": " + householdOf("huayuan", OWNER_PHONE)
        + ", \"category\": \"inquiry\", \"title\": \"物业费缴纳方式\"}").object().getJsonNumber("id").longValue();

    Response response = api.post("/api/tickets/" + id + "/actions", agent, "{\"action\": \"CLOSE\"}");

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.object().getString("detail")).isEqualTo("cannot close a ticket that is received");
  }

  @Test
  void the_third_report_of_one_category_from_a_household_within_30_days_is_flagged_as_a_repeat() {
    String owner = api.residentToken("lanting", "15957513723", DEMO_PASSWORD);
    List<Boolean> flags = new java.util.ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      flags.add(api.post("/api/tickets", owner, "{\"category\": \"fee\", \"title\": \"物业费账单有误 " + i + "\"}")
          .object().getBoolean("repeatComplaint"));
    }
    assertThat(flags).containsExactly(false, false, true);
  }

  @Test
  void an_agent_gets_the_reply_scripts_of_the_category_filled_in_from_the_ticket() {
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    long id = api.post("/api/tickets", agent, "{\"householdId\": " + householdOf("huayuan", OWNER_PHONE)
        + ", \"category\": \"repair\", \"title\": \"厨房水龙头滴水\"}").object().getJsonNumber("id").longValue();

    List<JsonObject> scripts = ((jakarta.json.JsonArray) api.get("/api/tickets/" + id + "/reply-scripts", agent).json())
        .getValuesAs(JsonObject.class);

    assertThat(scripts).extracting(s -> s.getString("code")).contains("accept", "repair-dispatch")
        .doesNotContain("complaint-apology");
    assertThat(scripts.stream().filter(s -> s.getString("code").equals("repair-dispatch")).findFirst().orElseThrow()
        .getString("text")).startsWith("邓振宇您好，您家4号楼1-601的“厨房水龙头滴水”已安排维修师傅处理").doesNotContain("${");
  }

  @Test
  void an_admin_shortens_a_time_limit_in_the_console_and_the_next_ticket_gets_it() {
    try (ConsoleInBrowser admin = new ConsoleInBrowser(base, 1366)) {
      admin.signIn("login", "lanting", "admin", DEMO_PASSWORD);
      admin.open("console/settings/sla");
      admin.pick("sla-category", "入住装修");
      admin.type("sla-respond", "soon");
      admin.click("sla-save");
      admin.awaitText("sla-respond", "30m、2h 或 3d");
      admin.clear("sla-respond");
      admin.type("sla-respond", "45m");
      admin.click("sla-save");
      admin.awaitText("sla-overrides", "入住装修：");
      admin.type("sla-day", "2026/12/30" + org.openqa.selenium.Keys.ENTER);
      admin.click("sla-day-add");
      admin.awaitText("sla-days", "2026-12-30 · 休息日");
      admin.screenshot("sla-settings");
    }
    String owner = api.residentToken("lanting", "15957513723", DEMO_PASSWORD);
    JsonObject moveIn = api.post("/api/tickets", owner, "{\"category\": \"move_in\", \"title\": \"装修押金怎么退\"}")
        .object();
    assertThat(responseMinutes(moveIn)).isEqualTo(45);
  }

  @Test
  void a_tenants_own_time_limits_replace_the_defaults() {
    String huayuanOwner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    String lantingOwner = api.residentToken("lanting", "15957513723", DEMO_PASSWORD);
    String inquiry = "{\"category\": \"inquiry\", \"title\": \"停车位怎么租\"}";

    JsonObject huayuan = api.post("/api/tickets", huayuanOwner, inquiry).object();
    JsonObject lanting = api.post("/api/tickets", lantingOwner, inquiry).object();

    assertThat(responseMinutes(huayuan)).isEqualTo(20); // tenants/huayuan/sla.yaml
    assertThat(responseMinutes(lanting)).isEqualTo(30); // the platform's default
  }

  private static long responseMinutes(JsonObject ticket) {
    JsonObject response = ticket.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("kind").equals("RESPONSE")).findFirst().orElseThrow();
    return Duration.between(Instant.parse(response.getString("startedAt")), Instant.parse(response.getString("dueAt")))
        .toMinutes();
  }

  // lanting's tenant.yaml: complaints to the building's steward, repairs round-robin, daily service to the pool
  static final String LANTING_OWNER = "15957513723"; // 鉴湖人家 1幢 1-401, looked after by steward.jianhu1

  @Test
  void a_complaint_goes_to_the_buildings_steward_by_rule() {
    JsonObject ticket = api.post("/api/tickets", api.residentToken("lanting", LANTING_OWNER, DEMO_PASSWORD),
        "{\"category\": \"complaint\", \"title\": \"楼道堆放杂物\"}").object();

    assertThat(ticket.getString("status")).isEqualTo("DISPATCHED");
    assertThat(ticket.getJsonObject("assignee").getString("name")).isEqualTo("曾美玲");
  }

  @Test
  void repairs_go_round_the_projects_technicians_in_turn() {
    String owner = api.residentToken("lanting", LANTING_OWNER, DEMO_PASSWORD);
    List<String> assignees = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      assignees.add(api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"窗户漏风 " + i + "\"}")
          .object().getJsonObject("assignee").getString("name"));
    }

    assertThat(assignees).containsOnly("龚昊", "陆佳琪");
    assertThat(assignees.get(0)).isNotEqualTo(assignees.get(1));
    assertThat(assignees.get(2)).isEqualTo(assignees.get(0));
  }

  @Test
  void a_pooled_ticket_is_claimed_once_though_two_technicians_grab_it_at_the_same_moment() throws Exception {
    long id = api.post("/api/tickets", api.residentToken("lanting", LANTING_OWNER, DEMO_PASSWORD),
        "{\"category\": \"daily_service\", \"title\": \"更换楼道灯泡\"}").object().getJsonNumber("id").longValue();
    String first = api.staffToken("lanting", "tech.jianhu1", DEMO_PASSWORD);
    String second = api.staffToken("lanting", "tech.jianhu2", DEMO_PASSWORD);
    assertThat(api.get("/api/tickets?limit=100", first).body()).contains("更换楼道灯泡");

    var start = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<java.util.concurrent.Future<Integer>> claims = new java.util.ArrayList<>();
    for (String token : List.of(first, second)) {
      claims.add(pool.submit(() -> {
        start.await();
        return api.post("/api/tickets/" + id + "/actions", token, "{\"action\": \"CLAIM\"}").status();
      }));
    }
    start.countDown();
    List<Integer> statuses = new java.util.ArrayList<>();
    for (var claim : claims) {
      statuses.add(claim.get());
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    // the loser no longer sees it (neither pooled nor theirs): read as the admin
    assertThat(api.get("/api/tickets/" + id + "/timeline", admin("lanting")).body()).containsOnlyOnce("\"CLAIM\"");
  }

  @Test
  void an_owner_attaches_a_photo_and_staff_see_it_but_not_a_text_file_or_an_oversized_one() {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    long id = api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"墙面开裂\"}")
        .object().getJsonNumber("id").longValue();

    Response attached = api.postBytes("/api/tickets/" + id + "/photos", owner, "image/png", IsolationCases.PNG);
    Response text = api.postBytes("/api/tickets/" + id + "/photos", owner, "text/plain", "裂缝".getBytes());
    Response disguised = api.postBytes("/api/tickets/" + id + "/photos", owner, "image/png", new byte[64]);
    Response huge = api.postBytes("/api/tickets/" + id + "/photos", owner, "image/jpeg",
        java.util.Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 5 * 1024 * 1024 + 1));

    assertThat(attached.status()).isEqualTo(201);
    assertThat(text.status()).isEqualTo(415);
    assertThat(disguised.status()).isEqualTo(415);
    assertThat(huge.status()).isEqualTo(413);
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    assertThat(((jakarta.json.JsonArray) api.get("/api/tickets/" + id + "/photos", agent).json())).hasSize(1);
  }

  @Test
  void an_owner_may_not_dispatch_their_own_ticket() {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    long id = api.post("/api/tickets", owner, "{\"category\": \"suggestion\", \"title\": \"增加快递柜\"}")
        .object().getJsonNumber("id").longValue();

    Response response = api.post("/api/tickets/" + id + "/actions", owner,
        "{\"action\": \"DISPATCH\", \"assigneeId\": 1}");

    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void a_steward_sees_the_tickets_of_their_buildings_and_no_others() {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    long filed = api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"门禁坏了\"}").object()
        .getJsonNumber("id").longValue();

    // the owner lives in 西溪雅苑 4号楼; tenants/huayuan gives buildings 3 and 4 to steward.xixi2, 1 and 2 to xixi1
    Response queue = api.get("/api/tickets?limit=100", api.staffToken("huayuan", "steward.xixi2", DEMO_PASSWORD));
    Response otherBuildings = api.get("/api/tickets?limit=100",
        api.staffToken("huayuan", "steward.xixi1", DEMO_PASSWORD));

    assertThat(queue.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .anyMatch(t -> t.getJsonNumber("id").longValue() == filed)
        .allMatch(t -> List.of("3号楼", "4号楼").contains(t.getString("building")));
    assertThat(otherBuildings.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .noneMatch(t -> t.getJsonNumber("id").longValue() == filed)
        .allMatch(t -> List.of("1号楼", "2号楼").contains(t.getString("building")));
  }

  @Test
  void a_queue_pages_with_a_cursor_and_never_repeats_a_ticket() {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    for (int i = 0; i < 3; i++) {
      api.post("/api/tickets", owner, "{\"category\": \"inquiry\", \"title\": \"咨询 " + i + "\"}");
    }
    String admin = admin("huayuan");
    JsonObject first = api.get("/api/tickets?limit=2", admin).object();
    JsonObject second = api.get("/api/tickets?limit=2&before=" + first.getString("next"), admin).object();

    List<Integer> ids = new java.util.ArrayList<>();
    first.getJsonArray("items").getValuesAs(JsonObject.class).forEach(t -> ids.add(t.getInt("id")));
    second.getJsonArray("items").getValuesAs(JsonObject.class).forEach(t -> ids.add(t.getInt("id")));
    assertThat(ids).hasSize(4).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void an_overdue_clock_left_in_the_database_escalates_once_per_level_though_two_schedulers_race() throws Exception {
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    long id = escalatedRepair(agent, "电梯异响");
    Thread.sleep(5_000); // more scans by both schedulers
    assertThat(escalations(id, agent)).isEqualTo(1);
    assertThat(secondsFromBreachToNextLevel(id, "RESPONSE")).as("huayuan's sla.yaml: 30m per level").isEqualTo(1800);
    assertThat(api.get("/api/notifications", api.staffToken("huayuan", "pm.xixi", DEMO_PASSWORD)).body())
        .contains("工单 #" + id);
    awaitMail("pm.xixi@huayuan.example.cn", "工单 #" + id);

    // the project manager's hour to act passes too
    Instant now = Instant.now();
    updateClock(id, "RESPONSE", "escalate_again_at = ?, next_check_at = ?", now.minusSeconds(1), now.minusSeconds(1));
    awaitEscalation(id, agent, "REGIONAL_DIRECTOR");
    Thread.sleep(5_000);
    assertThat(escalations(id, agent)).isEqualTo(2);
    assertThat(api.get("/api/notifications", api.staffToken("huayuan", "director", DEMO_PASSWORD)).body())
        .contains("工单 #" + id);
    awaitMail("director@huayuan.example.cn", "工单 #" + id);
  }

  @Test
  void an_agent_files_for_a_phoning_owner_and_the_steward_sees_it_turn_yellow_in_their_queue() throws Exception {
    long ticket;
    try (ConsoleInBrowser agent = new ConsoleInBrowser(base, 1366)) {
      agent.signIn("login", "huayuan", "agent.xixi", DEMO_PASSWORD);
      agent.open("console/tickets/new");
      agent.pick("household", "4号楼 1-601");
      agent.type("title", "阳台地漏堵塞，业主来电");
      agent.click("file");
      agent.awaitText("timeline", "阳台地漏堵塞");
      ticket = Long.parseLong(agent.currentPath().replaceAll(".*/", ""));
      agent.pick("assignee", "朱佳琪"); // steward.xixi2, who looks after 4号楼
      agent.click("action-DISPATCH");
      agent.awaitText("ticket-status", "已派单");
      agent.screenshot("ticket-dispatched");
    }
    // 20 of the repair's 24 hours pass
    Instant now = Instant.now();
    updateClock(ticket, "RESOLUTION", "started_at = ?, due_at = ?, next_check_at = ?",
        now.minus(Duration.ofHours(20)), now.plus(Duration.ofHours(4)), now.plus(Duration.ofHours(4)));
    try (ConsoleInBrowser steward = new ConsoleInBrowser(base, 1366)) {
      steward.signIn("login", "huayuan", "steward.xixi2", DEMO_PASSWORD);
      steward.open("console/tickets");
      steward.awaitText("ticket-queue", "阳台地漏堵塞");
      assertThat(steward.badges("YELLOW")).anyMatch(b -> b.startsWith("解决 剩 3 小时"));
      steward.screenshot("queue-steward-yellow");
    }
  }

  // --- the communication ledger ---------------------------------------------------------------------------------

  @Test
  void a_steward_records_a_call_and_sees_it_with_the_households_tickets_on_one_timeline() {
    long household = householdOf("huayuan", OWNER_PHONE);
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    api.post("/api/tickets", owner, "{\"category\": \"complaint\", \"title\": \"楼上夜间装修噪音\"}");
    String steward = api.staffToken("huayuan", "steward.xixi2", DEMO_PASSWORD); // looks after 4号楼

    Response recorded = api.post("/api/households/" + household + "/ledger", steward, """
        {"kind": "PHONE_CALL", "participants": "业主；管家朱佳琪", "content": "回电说明已约谈楼上装修户",
         "followUp": "周五再回访", "followUpBy": "2099-12-31"}""");

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.object().getJsonObject("recordedBy").getString("name")).isEqualTo("朱佳琪");
    JsonObject timeline = api.get("/api/households/" + household + "/timeline", steward).object();
    List<String> types = timeline.getJsonArray("moments").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("type")).toList();
    assertThat(types).contains("CONTACT", "TICKET");
    assertThat(timeline.getJsonArray("moments").getJsonObject(0).getString("type")).isEqualTo("CONTACT");
    assertThat(timeline.toString()).contains("回电说明已约谈楼上装修户", "楼上夜间装修噪音");
  }

  @Test
  void a_contact_without_content_is_a_400_naming_the_field_and_records_nothing() {
    long household = householdOf("huayuan", OWNER_PHONE);
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    int before = api.get("/api/households/" + household + "/timeline", agent).object()
        .getJsonArray("moments").size();

    Response refused = api.post("/api/households/" + household + "/ledger", agent,
        "{\"kind\": \"HOME_VISIT\", \"content\": \" \"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("content");
    assertThat(api.get("/api/households/" + household + "/timeline", agent).object().getJsonArray("moments"))
        .hasSize(before);
  }

  @Test
  void a_steward_of_other_buildings_may_not_see_or_record_for_the_household() {
    long household = householdOf("huayuan", OWNER_PHONE);
    String otherSteward = api.staffToken("huayuan", "steward.xixi1", DEMO_PASSWORD); // 1号楼 and 2号楼 only

    assertThat(api.get("/api/households/" + household + "/timeline", otherSteward).status()).isEqualTo(404);
    assertThat(api.post("/api/households/" + household + "/ledger", otherSteward,
        "{\"kind\": \"PHONE_CALL\", \"content\": \"越权记录\"}").status()).isEqualTo(404);
  }

  @Test
  void the_ledger_downloads_as_an_excel_sheet_with_a_row_per_contact_and_never_another_tenants() throws Exception {
    long household = householdOf("huayuan", OWNER_PHONE);
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    api.post("/api/households/" + household + "/ledger", agent,
        "{\"kind\": \"FACE_TO_FACE\", \"content\": \"业主来访咨询车位租赁\"}");

    RestClient.Download sheet = api.download("/api/ledger.xlsx?household=" + household, agent, "zh-CN");

    assertThat(sheet.status()).isEqualTo(200);
    assertThat(sheet.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
      var rows = workbook.getSheet("沟通台账");
      assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("沟通时间");
      List<String> contents = new ArrayList<>();
      rows.forEach(row -> contents.add(row.getCell(6).getStringCellValue()));
      assertThat(contents).contains("业主来访咨询车位租赁").allMatch(c -> !c.contains("鉴湖"));
    }
    assertThat(api.download("/api/ledger.xlsx?household=" + household, admin("lanting"), "zh-CN").status())
        .isEqualTo(404);
    assertThat(api.download("/api/ledger.xlsx?from=2026-13-01", agent, "zh-CN").status()).isEqualTo(400);
  }

  @Test
  void a_steward_finds_a_household_in_the_ledger_and_records_a_visit_on_its_page() {
    try (ConsoleInBrowser steward = new ConsoleInBrowser(base, 1366)) {
      steward.signIn("login", "huayuan", "steward.xixi2", DEMO_PASSWORD);
      steward.open("console/ledger");
      steward.pick("ledger-household", "4号楼 1-601");
      steward.awaitText("contact-form", "记录沟通");
      steward.click("contact-save");
      steward.awaitText("contact-content", "请填写沟通内容");
      steward.type("contact-content", "上门查看阳台渗水，已拍照留档");
      steward.type("contact-follow-up", "联系防水班组报价");
      steward.click("contact-save");
      steward.awaitText("household-timeline", "上门查看阳台渗水");
      steward.screenshot("household-ledger");
    }
  }

  // --- dashboard ------------------------------------------------------------------------------------------------

  /** June 2026 in the company's time: no other test files tickets then. */
  private static final String JUNE = "from=2026-06-01&to=2026-06-30";
  private static final String JUNE_START = "2026-05-31 16:00:00";
  private static final String JUNE_END = "2026-06-30 16:00:00";

  @Test
  void dashboard_figures_agree_with_an_independent_sql_computation_and_never_show_another_tenants_rows()
      throws Exception {
    generateJuneTickets("huayuan", 240);
    String admin = admin("huayuan");
    awaitTallies(admin);

    JsonObject dashboard = api.get("/api/dashboard?" + JUNE, admin).object();

    JsonObject total = dashboard.getJsonObject("total");
    String tickets = " FROM ticket WHERE tenant_id = 'huayuan' AND created_at >= '" + JUNE_START
        + "' AND created_at < '" + JUNE_END + "'";
    assertThat(total.getInt("received")).isEqualTo(Integer.parseInt(column("SELECT COUNT(*)" + tickets)));
    assertThat(total.getJsonObject("resolution").getInt("part"))
        .isEqualTo(Integer.parseInt(column("SELECT COUNT(*)" + tickets + " AND status IN ('RESOLVED', 'CLOSED')")));
    assertThat(total.getJsonNumber("averageRating").doubleValue())
        .isCloseTo(Double.parseDouble(column("SELECT AVG(rating)" + tickets)), org.assertj.core.api.Assertions.within(0.001));
    assertThat(total.getJsonObject("lowRatings").getInt("part"))
        .isEqualTo(Integer.parseInt(column("SELECT COUNT(*)" + tickets + " AND rating <= 2")));
    assertThat(total.getJsonObject("repeats").getInt("part"))
        .isEqualTo(Integer.parseInt(column("SELECT COUNT(*)" + tickets + " AND repeat_complaint")));
    assertThat(total.getJsonObject("byCategory").getInt("complaint"))
        .isEqualTo(Integer.parseInt(column("SELECT COUNT(*)" + tickets + " AND category = 'complaint'")));
    long households = Long.parseLong(column("SELECT COUNT(*) FROM household WHERE tenant_id = 'huayuan'"));
    assertThat(total.getJsonNumber("complaintsPerThousandHouseholds").doubleValue()).isCloseTo(
        total.getInt("complaints") * 1000.0 / households, org.assertj.core.api.Assertions.within(0.001));

    String response = " FROM ticket_clock c JOIN ticket t ON t.id = c.ticket_id WHERE c.kind = 'RESPONSE'"
        + " AND t.tenant_id = 'huayuan' AND t.created_at >= '" + JUNE_START + "' AND t.created_at < '" + JUNE_END + "'";
    String taken = "TIMESTAMPDIFF(SECOND, c.started_at, c.stopped_at) - c.paused_seconds";
    JsonObject clock = total.getJsonObject("clocks").getJsonObject("RESPONSE");
    assertThat(clock.getJsonNumber("averageMinutes").doubleValue()).isCloseTo(
        Double.parseDouble(column("SELECT AVG(" + taken + ") / 60" + response + " AND c.stopped_at IS NOT NULL")),
        org.assertj.core.api.Assertions.within(0.001));
    assertThat(clock.getJsonObject("onTime").getInt("part")).isEqualTo(Integer.parseInt(column("SELECT COUNT(*)"
        + response + " AND c.stopped_at <= c.due_at + INTERVAL c.paused_seconds SECOND AND c.breached_at IS NULL")));
    int stopped = Integer.parseInt(column("SELECT COUNT(*)" + response + " AND c.stopped_at IS NOT NULL"));
    long p90Seconds = Long.parseLong(column("SELECT " + taken + response + " AND c.stopped_at IS NOT NULL ORDER BY 1"
        + " LIMIT 1 OFFSET " + ((stopped * 9 + 9) / 10 - 1)));
    assertThat(clock.getJsonNumber("p90Minutes").longValue())
        .isEqualTo(io.linli.dashboard.ServiceFigures.bucketOf(p90Seconds));
    assertThat(dashboard.getJsonArray("places")).extracting(p -> ((JsonObject) p).getString("level"))
        .containsOnly("REGION");
    int firstDay = total.getJsonArray("days").getJsonObject(0).getInt("received");
    assertThat(firstDay).isEqualTo(Integer.parseInt(column("SELECT COUNT(*)" + tickets
        + " AND created_at < '2026-06-01 16:00:00'")));

    var lowRated = api.get("/api/tickets?" + JUNE + "&lowRated=true&limit=100", admin).object()
        .getJsonArray("items");
    assertThat(lowRated).hasSize(Math.min(100, total.getJsonObject("lowRatings").getInt("part")));

    RestClient.Download sheet = api.download("/api/dashboard/export?" + JUNE, admin, "zh-CN");
    assertThat(sheet.status()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
      var rows = workbook.getSheet("沟通看板");
      var last = rows.getRow(rows.getLastRowNum());
      assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat((int) last.getCell(1).getNumericCellValue()).isEqualTo(total.getInt("received"));
    }

    long xixi = projectId("huayuan", "xixi");
    assertThat(api.get("/api/dashboard?" + JUNE, admin("lanting")).object().getJsonObject("total")
        .getInt("received")).isZero();
    assertThat(api.get("/api/dashboard?project=" + xixi, admin("lanting")).status()).isEqualTo(404);
    String pm = api.staffToken("huayuan", "pm.xixi", DEMO_PASSWORD);
    assertThat(api.get("/api/dashboard?project=" + projectId("huayuan", "qiantang"), pm).status()).isEqualTo(404);
    assertThat(api.get("/api/dashboard?project=" + xixi + "&" + JUNE, pm).object().getJsonArray("places"))
        .allSatisfy(p -> assertThat(((JsonObject) p).getString("level")).isEqualTo("BUILDING"));
    assertThat(api.get("/api/dashboard", api.staffToken("huayuan", "steward.xixi2", DEMO_PASSWORD)).status())
        .isEqualTo(403);
    Response backwards = api.get("/api/dashboard?from=2026-06-30&to=2026-06-01", admin);
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("to:");
    assertThat(api.get("/api/dashboard?project=abc", admin).status()).isEqualTo(400);
  }

  @Test
  void a_manager_opens_the_dashboard_drills_into_a_project_and_clicks_through_to_its_tickets() throws Exception {
    generateJuneTickets("huayuan", 40);
    awaitTallies(admin("huayuan"));
    try (ConsoleInBrowser manager = new ConsoleInBrowser(base, 1366)) {
      manager.signIn("login", "huayuan", "director", DEMO_PASSWORD);
      manager.open("console/dashboard?" + JUNE);
      manager.awaitText("dashboard-figures", "受理量");
      manager.awaitScript("return !!document.querySelector('#chart-trend canvas')");
      manager.screenshot("dashboard-company");
      manager.clickOn("#dashboard-places vaadin-grid-cell-content", "杭州");
      manager.awaitText("dashboard-path", "杭州");
      manager.clickOn("#dashboard-places vaadin-grid-cell-content", "钱塘");
      manager.awaitText("dashboard-places", "号楼");
      manager.screenshot("dashboard-project");
      manager.click("figure-received");
      manager.awaitText("linked-filter", "看板");
      manager.awaitText("ticket-queue", "#");
      manager.screenshot("dashboard-tickets");
    }
  }

  @Test
  void a_director_sees_a_red_project_on_the_dashboard_and_clicks_through_to_its_overdue_tickets() throws Exception {
    long guyue = projectId("lanting", "guyue");
    fileOverdueTickets("lanting", guyue, 10); // more breaches today than any limit the tests set allows
    String director = api.staffToken("lanting", "director", DEMO_PASSWORD);
    await("古越华庭 red on the dashboard", () -> api.get("/api/dashboard", director).object().getJsonArray("alerts")
        .getValuesAs(JsonObject.class).stream()
        .anyMatch(a -> a.getJsonNumber("projectId").longValue() == guyue && a.getString("signal").equals("RED")));
    try (ConsoleInBrowser manager = new ConsoleInBrowser(base, 1366)) {
      manager.signIn("login", "lanting", "director", DEMO_PASSWORD);
      manager.open("console/dashboard");
      manager.awaitText("dashboard-alerts", "古越华庭");
      manager.awaitText("dashboard-alerts", "红灯");
      manager.screenshot("dashboard-red-project");
      manager.click("alert-tickets-" + guyue);
      manager.awaitText("linked-filter", "看板");
      manager.awaitText("ticket-queue", "超时未响应");
      manager.screenshot("dashboard-overdue-tickets");
    }
  }

  /** Files tickets whose response clocks ran out an hour ago and still run: overdue, and breached today. */
  private static void fileOverdueTickets(String tenant, long project, int count) throws SQLException {
    try (Connection db = database()) {
      long[] household;
      try (ResultSet row = db.createStatement().executeQuery("SELECT h.id, h.building_id FROM household h"
          + " JOIN building b ON b.id = h.building_id WHERE b.project_id = " + project + " LIMIT 1")) {
        row.next();
        household = new long[] {row.getLong(1), row.getLong(2)};
      }
      for (int i = 0; i < count; i++) {
        long ticket;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ticket (tenant_id, household_id,"
            + " building_id, project_id, category, priority, channel, title, status, escalation_level, created_at,"
            + " updated_at) VALUES (?, ?, ?, ?, 'repair', 'NORMAL', 'PHONE', '超时未响应的报修', 'RECEIVED',"
            + " 'BUILDING_STEWARD', NOW(3) - INTERVAL 3 HOUR, NOW(3))", java.sql.Statement.RETURN_GENERATED_KEYS)) {
          insert.setString(1, tenant);
          insert.setLong(2, household[0]);
          insert.setLong(3, household[1]);
          insert.setLong(4, project);
          insert.executeUpdate();
          try (ResultSet key = insert.getGeneratedKeys()) {
            key.next();
            ticket = key.getLong(1);
          }
        }
        try (PreparedStatement clock = db.prepareStatement("INSERT INTO ticket_clock (tenant_id, ticket_id, kind,"
            + " started_at, due_at, breached_at) VALUES (?, ?, 'RESPONSE', NOW(3) - INTERVAL 3 HOUR,"
            + " NOW(3) - INTERVAL 1 HOUR, NOW(3) - INTERVAL 1 HOUR)")) {
          clock.setString(1, tenant);
          clock.setLong(2, ticket);
          clock.executeUpdate();
        }
      }
    }
  }

  /**
   * Files {@code count} tickets of June 2026 straight into the database, over the households of huayuan's 钱塘明珠苑,
   * with a realistic mix of categories, channels, statuses, ratings and response times (seeded: the same every run).
   */
  private static void generateJuneTickets(String tenant, int count) throws SQLException {
    java.util.Random random = new java.util.Random(6);
    String[] categories = {"repair", "repair", "repair", "complaint", "inquiry", "emergency", "daily_service"};
    String[] channels = {"PORTAL", "PORTAL", "PHONE", "APP", "VISIT"};
    String[] statuses = {"RESOLVED", "CLOSED", "CLOSED", "IN_PROGRESS", "RECEIVED"};
    try (Connection db = database()) {
      List<long[]> households = new ArrayList<>();
      // 钱塘明珠苑's households: the queue tests of 西溪雅苑 expect their own tickets only
      try (ResultSet rows = db.createStatement().executeQuery("SELECT h.id, h.building_id, b.project_id"
          + " FROM household h JOIN building b ON b.id = h.building_id JOIN project p ON p.id = b.project_id"
          + " WHERE h.tenant_id = '" + tenant + "' AND p.code = 'qiantang'")) {
        while (rows.next()) {
          households.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
        }
      }
      Instant june = Instant.parse("2026-05-31T17:00:00Z");
      for (int i = 0; i < count; i++) {
        long[] household = households.get(random.nextInt(households.size()));
        Instant created = i == count - 1 ? Instant.parse("2026-06-30T16:30:00Z") // July 1st in Shanghai: left out
            : june.plusSeconds(random.nextInt(29 * 24 * 3600));
        String status = statuses[random.nextInt(statuses.length)];
        Integer rating = status.equals("CLOSED") && random.nextBoolean() ? 1 + random.nextInt(5) : null;
        long ticket;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ticket (tenant_id, household_id,"
            + " building_id, project_id, category, priority, channel, title, status, escalation_level, created_at,"
            + " updated_at, rating, repeat_complaint) VALUES (?, ?, ?, ?, ?, 'NORMAL', ?, '看板测试', ?, 'BUILDING_STEWARD', ?,"
            + " NOW(3), ?, ?)",
            java.sql.Statement.RETURN_GENERATED_KEYS)) {
          insert.setString(1, tenant);
          insert.setLong(2, household[0]);
          insert.setLong(3, household[1]);
          insert.setLong(4, household[2]);
          insert.setString(5, categories[random.nextInt(categories.length)]);
          insert.setString(6, channels[random.nextInt(channels.length)]);
          insert.setString(7, status);
          insert.setString(8, utc(created));
          insert.setObject(9, rating);
          insert.setBoolean(10, random.nextInt(10) == 0);
          insert.executeUpdate();
          try (ResultSet key = insert.getGeneratedKeys()) {
            key.next();
            ticket = key.getLong(1);
          }
        }
        boolean responded = !status.equals("RECEIVED");
        int seconds = 60 + random.nextInt(3 * 3600);
        int paused = random.nextInt(4) == 0 ? 600 : 0;
        Instant due = created.plusSeconds(7200);
        Instant stopped = created.plusSeconds(seconds + paused);
        boolean late = stopped.isAfter(due.plusSeconds(paused));
        try (PreparedStatement clock = db.prepareStatement("INSERT INTO ticket_clock (tenant_id, ticket_id, kind,"
            + " started_at, due_at, paused_seconds, stopped_at, breached_at) VALUES (?, ?, 'RESPONSE', ?, ?, ?, ?, ?)")) {
          clock.setString(1, tenant);
          clock.setLong(2, ticket);
          clock.setString(3, utc(created));
          clock.setString(4, utc(due));
          clock.setInt(5, paused);
          clock.setString(6, responded ? utc(stopped) : null);
          clock.setString(7, late || !responded ? utc(due.plusSeconds(paused)) : null);
          clock.executeUpdate();
        }
      }
    }
  }

  /** Waits until the dashboard's tallies have caught up with what was written so far. */
  private void awaitTallies(String token) throws InterruptedException {
    Instant written = Instant.now();
    await("the dashboard's tallies refreshed", () -> {
      String asOf = api.get("/api/dashboard", token).object().getString("asOf", null);
      return asOf != null && Instant.parse(asOf).isAfter(written);
    });
  }

  private static String utc(Instant instant) {
    return instant.toString().replace('T', ' ').replace("Z", "");
  }

  // --- helpers --------------------------------------------------------------------------------------------------

  private Response signIn(String tenant, String username, String password) {
    return api.post("/api/auth/token", null, jakarta.json.Json.createObjectBuilder()
        .add("tenant", tenant).add("username", username).add("password", password).build().toString());
  }

  private Response call(String method, String path, String token) {
    if (!"POST".equals(method)) {
      return api.get(path, token);
    }
    Response response = path.endsWith("/photos")
        ? api.postBytes(path, token, "image/png", IsolationCases.PNG)
        : api.post(path, token, IsolationCases.POST_BODY);
    return response.status() == 201 ? new Response(200, response.contentType(), response.body()) : response;
  }

  /**
   * Files a repair whose response deadline passed an hour ago, as after a restart that came too late, and waits
   * until the scheduler has escalated it to the project manager. @return its id
   */
  private long escalatedRepair(String agent, String title) throws Exception {
    long id = api.post("/api/tickets", agent, "{\"householdId\": " + householdOf("huayuan", OWNER_PHONE)
        + ", \"category\": \"repair\", \"title\": \"" + title + "\"}").object().getJsonNumber("id").longValue();
    Instant now = Instant.now();
    updateClock(id, "RESPONSE", "started_at = ?, due_at = ?, next_check_at = ?",
        now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(1)));
    awaitEscalation(id, agent, "PROJECT_MANAGER");
    return id;
  }

  private void act(long ticket, String token, String body, String expectedStatus) {
    Response response = api.post("/api/tickets/" + ticket + "/actions", token, body);
    assertThat(response.status()).as(body + " → " + response.body()).isEqualTo(200);
    assertThat(response.object().getString("status")).isEqualTo(expectedStatus);
  }

  // --- notices ------------------------------------------------------------------------------------------------

  @Test
  void a_critical_notice_is_acknowledged_by_a_household_and_the_senders_rate_rises() {
    String steward = api.staffToken("huayuan", "steward.xixi1", DEMO_PASSWORD);
    assertThat(api.post("/api/notices", steward, "{\"title\": \"全公司停水\", \"severity\": \"NORMAL\","
        + " \"body\": \"<p>停水</p>\"}").status()).as("only the admin writes to the whole company").isEqualTo(403);
    assertThat(api.post("/api/notices", steward, "{\"title\": \"别的小区停水\", \"severity\": \"NORMAL\","
        + " \"body\": \"<p>停水</p>\", \"householdIds\": [" + householdOf("lanting", LANTING_OWNER) + "]}").status())
        .as("another company's household is none of the company's").isEqualTo(400);
    Response published = api.post("/api/notices", steward, "{\"title\": \"周三停水通知\", \"severity\": \"CRITICAL\","
        + " \"projectId\": " + projectId("huayuan", "xixi") + ","
        + " \"body\": \"<p onclick=\\\"x()\\\">周三 9:00–12:00 <b>停水</b></p><script>alert(1)</script>\"}");
    assertThat(published.status()).isEqualTo(201);
    JsonObject notice = published.object();
    long id = notice.getJsonNumber("id").longValue();
    assertThat(notice.getString("body")).isEqualTo("<p>周三 9:00–12:00 <b>停水</b></p>");
    assertThat(notice.getInt("acknowledgementRate")).isZero();

    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    JsonObject listed = ((jakarta.json.JsonArray) api.get("/api/notices", owner).json()).getValuesAs(JsonObject.class)
        .stream().filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    assertThat(listed.getBoolean("read")).isFalse();
    assertThat(api.get("/api/notices/" + id, owner).object().getBoolean("read")).isTrue();
    assertThat(api.post("/api/notices/" + id + "/acknowledgement", owner, "").object().getBoolean("acknowledged"))
        .isTrue();

    JsonObject reach = api.get("/api/notices/" + id, steward).object();
    assertThat(reach.getJsonNumber("acknowledgedBy").longValue()).isEqualTo(1);
    assertThat(reach.getInt("acknowledgementRate")).isPositive();
    JsonObject inList = ((jakarta.json.JsonArray) api.get("/api/notices", steward).json()).getValuesAs(JsonObject.class)
        .stream().filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    assertThat(inList.getJsonNumber("acknowledgedBy").longValue()).isEqualTo(1);
    assertThat(inList.getJsonNumber("households")).isEqualTo(reach.getJsonNumber("households"));
    assertThat(api.post("/api/notices/" + id + "/acknowledgement",
        api.residentToken("lanting", LANTING_OWNER, DEMO_PASSWORD), "").status()).isEqualTo(404);
    assertThat(api.post("/api/notices/" + id + "/acknowledgement", steward, "").status()).isEqualTo(403);
    assertThat(api.post("/api/notices", owner, "{\"title\": \"t\", \"body\": \"b\", \"severity\": \"NORMAL\"}")
        .status()).isEqualTo(403);
    Response invalid = api.post("/api/notices", steward, "{\"title\": \"\", \"body\": \"<script></script>\","
        + " \"severity\": \"URGENT\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).contains("title").contains("severity");
  }

  @Test
  void an_owner_reads_a_critical_notice_on_a_phone_and_says_noted_while_the_senders_page_follows_live() {
    publish("huayuan", "{\"title\": \"燃气管道检修\", \"severity\": \"CRITICAL\", \"householdIds\": ["
        + householdOf("huayuan", OWNER_PHONE) + "], \"body\": \"<p>周五上午检修燃气管道，请<b>关闭燃气阀门</b>。</p>\"}");
    try (ConsoleInBrowser sender = new ConsoleInBrowser(base, 1366);
        ConsoleInBrowser phone = new ConsoleInBrowser(base, 375)) {
      sender.signIn("login", "huayuan", "admin", DEMO_PASSWORD);
      sender.open("console/notices");
      sender.awaitText("notice-reach", "燃气管道检修");
      sender.script("window.linliMark = true");

      phone.signIn("portal/login", "huayuan", OWNER_PHONE, DEMO_PASSWORD);
      phone.awaitText("notices-link", "小区公告");
      phone.open("portal/notices");
      phone.clickOn("#portal-notices vaadin-details", "燃气管道检修");
      phone.clickOn("#portal-notices vaadin-button", "已知晓");
      phone.awaitText("portal-notices", "您已确认知晓");
      phone.screenshot("portal-notices-huayuan-owner-375");
      phone.awaitText("committee-reach", "燃气管道检修"); // the owner sits on 西溪雅苑's owners' committee

      sender.awaitText("notice-reach", "100%");
      assertThat(sender.script("return window.linliMark === true")).as("the rate rose without a reload")
          .isEqualTo(true);
      sender.screenshot("console-notices-huayuan-admin");
      phone.open("portal/preferences");
      phone.awaitText("portal-preferences", "免打扰");
      phone.screenshot("portal-preferences-huayuan-owner-375");
    }
  }

  // --- notices through channels ---------------------------------------------------------------------------------

  /** Owners of 鉴湖人家 1号楼, looked after by steward.jianhu1, besides {@link #LANTING_OWNER} (1-401). */
  static final String LANTING_OWNER_301 = "15957571392";
  static final String LANTING_OWNER_302 = "15957501028";

  @Test
  void a_notice_by_email_reaches_the_owner_through_smtp_in_the_language_they_chose() throws Exception {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    String address = "owner." + OWNER_PHONE + "@example.com";
    try {
      Response changed = api.put("/api/me/preferences", owner, "{\"channels\": [\"EMAIL\"], \"email\": \"" + address
          + "\", \"language\": \"en\"}");
      assertThat(changed.status()).isEqualTo(200);
      assertThat(changed.object().getJsonArray("channels").toString()).contains("PORTAL").contains("EMAIL");
      assertThat(changed.object().getString("pushKey")).isNotBlank();
      Response refused = api.put("/api/me/preferences", owner, "{\"channels\": [\"EMAIL\", \"FAX\"], \"email\": \"x\","
          + " \"language\": \"fr\", \"quietStart\": \"25:00\"}");
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.body()).contains("channels").contains("language").contains("quietStart");

      long id = publish("huayuan", "{\"title\": \"电梯维保通知\", \"severity\": \"IMPORTANT\", \"body\": \"<p>本周四"
          + " <b>2号梯</b> 维保。</p>\", \"channels\": [\"EMAIL\"], \"householdIds\": ["
          + householdOf("huayuan", OWNER_PHONE) + "]}");

      var mail = awaitMail(address, "电梯维保通知");
      assertThat(mail.getSubject()).isEqualTo("[Huayuan Property Services] 电梯维保通知");
      assertThat(mail.getContent().toString()).startsWith("Hello,").contains("本周四 2号梯 维保。")
          .contains("/portal/notices");
      await("the e-mail counted as sent", () -> deliveries("huayuan", id).contains("\"EMAIL\":{\"SENT\":1}"));
    } finally {
      api.put("/api/me/preferences", owner, DEFAULT_PREFERENCES);
    }
  }

  @Test
  void a_failing_sms_gateway_is_tried_again_later_and_the_message_goes_out_once() throws Exception {
    reachableBy("lanting", LANTING_OWNER, "SMS");
    var gateway = io.linli.testkit.IntegrationEnvironment.gateway();
    gateway.failNext("供暖管道检修", 2);

    long id = publish("lanting", "{\"title\": \"供暖管道检修\", \"severity\": \"NORMAL\", \"body\": \"<p>明晚检修。</p>\","
        + " \"channels\": [\"SMS\"], \"householdIds\": [" + householdOf("lanting", LANTING_OWNER) + "]}");

    await("the SMS sent after two failures", () -> deliveries("lanting", id).contains("\"SMS\":{\"SENT\":1}"));
    var posts = gateway.received("/sms", "供暖管道检修");
    assertThat(posts).hasSize(3).allSatisfy(post -> {
      assertThat(post.headers().get("Authorization")).containsExactly("Bearer test-key");
      assertThat(post.body()).contains("\"to\":\"" + LANTING_OWNER + "\"").contains("【兰亭物业】供暖管道检修：明晚检修。");
    });
    assertThat(column("select group_concat(a.outcome order by a.id) from delivery_attempt a join delivery d"
        + " on d.id = a.delivery_id where d.about = ?", "notice:" + id)).isEqualTo("PENDING,PENDING,SENT");
  }

  @Test
  void a_critical_notice_steps_up_to_sms_and_a_stewards_call_until_each_household_acknowledges() throws Exception {
    String acknowledging = reachableBy("lanting", LANTING_OWNER, "SMS");
    reachableBy("lanting", LANTING_OWNER_301, "SMS", "PHONE");
    long id = publish("lanting", "{\"title\": \"明日停水\", \"severity\": \"CRITICAL\", \"body\": \"<p>明日 8:00–18:00"
        + " 停水。</p>\", \"householdIds\": [" + householdOf("lanting", LANTING_OWNER) + ", "
        + householdOf("lanting", LANTING_OWNER_301) + "]}");
    await("the first step taken: the SMS step of the default schedule is 30 minutes on", () -> "2".equals(
        uncheckedColumn("select count(*) from notice_receipt where notice_id = ? and timestampdiff(minute,"
            + " (select published_at from notice where id = ?), next_step_at) = 30", id, id)));

    update("update notice_receipt set next_step_at = ? where notice_id = ?", Instant.now().minusSeconds(1), id);
    var gateway = io.linli.testkit.IntegrationEnvironment.gateway();
    await("an SMS to each household", () -> gateway.received("/sms", "明日停水").size() == 2);
    assertThat(api.post("/api/notices/" + id + "/acknowledgement", acknowledging, "").status()).isEqualTo(200);

    update("update notice_receipt set next_step_at = ? where notice_id = ? and next_step_at is not null",
        Instant.now().minusSeconds(1), id);
    String steward = api.staffToken("lanting", "steward.jianhu1", DEMO_PASSWORD);
    await("a phone task for the steward", () -> api.get("/api/notifications", steward).body()
        .contains("请致电 鉴湖人家 1号楼 1-301"));
    Thread.sleep(3_000); // two schedulers race every second: give them the time to double something
    assertThat(gateway.received("/sms", "明日停水")).hasSize(2);
    assertThat(api.get("/api/notifications", steward).body()).doesNotContain("请致电 鉴湖人家 1号楼 1-401")
        .contains("明日停水");
    assertThat(deliveries("lanting", id)).contains("\"PHONE\":{\"SENT\":1}").contains("\"SMS\":{\"SENT\":2}");
    assertThat(column("select count(*) from notice_receipt where notice_id = ? and next_step_at is not null", id))
        .isEqualTo("0");
  }

  @Test
  void an_owners_quiet_hours_hold_a_message_but_not_an_emergency() throws Exception {
    String owner = api.residentToken("lanting", LANTING_OWNER_302, DEMO_PASSWORD);
    var now = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
    assertThat(api.put("/api/me/preferences", owner, "{\"channels\": [\"SMS\"], \"language\": \"zh-CN\","
        + " \"quietStart\": \"" + now.minusHours(1) + "\", \"quietEnd\": \"" + now.plusHours(1) + "\"}").status())
        .isEqualTo(200);
    try {
      long household = householdOf("lanting", LANTING_OWNER_302);
      long held = publish("lanting", "{\"title\": \"绿化修剪\", \"severity\": \"NORMAL\", \"body\": \"<p>周末修剪。</p>\","
          + " \"channels\": [\"SMS\"], \"householdIds\": [" + household + "]}");
      publish("lanting", "{\"title\": \"燃气泄漏紧急疏散\", \"severity\": \"CRITICAL\", \"emergency\": true,"
          + " \"body\": \"<p>请立即离开。</p>\", \"channels\": [\"SMS\"], \"householdIds\": [" + household + "]}");

      var gateway = io.linli.testkit.IntegrationEnvironment.gateway();
      await("the emergency sent at once", () -> gateway.received("/sms", "燃气泄漏紧急疏散").size() == 1);
      assertThat(gateway.received("/sms", "绿化修剪")).isEmpty();
      assertThat(column("select timestampdiff(minute, created_at, next_attempt_at) >= 50 from delivery where about = ?",
          "notice:" + held)).as("held until the quiet hours end").isEqualTo("1");
    } finally {
      api.put("/api/me/preferences", owner, DEFAULT_PREFERENCES);
    }
  }

  @Test
  void web_push_goes_to_the_owners_browser_signed_with_linlis_vapid_key_and_encrypted() throws Exception {
    String owner = reachableBy("lanting", LANTING_OWNER_302, "WEB_PUSH");
    var gateway = io.linli.testkit.IntegrationEnvironment.gateway();
    var browserKeys = java.security.KeyPairGenerator.getInstance("EC");
    browserKeys.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
    var point = ((java.security.interfaces.ECPublicKey) browserKeys.generateKeyPair().getPublic()).getW();
    byte[] uncompressed = new byte[65];
    uncompressed[0] = 4;
    copyUnsigned(point.getAffineX().toByteArray(), uncompressed, 1);
    copyUnsigned(point.getAffineY().toByteArray(), uncompressed, 33);
    var base64 = java.util.Base64.getUrlEncoder().withoutPadding();
    String subscription = "{\"endpoint\": \"" + gateway.url("/push/owner-302") + "\", \"keys\": {\"p256dh\": \""
        + base64.encodeToString(uncompressed) + "\", \"auth\": \"" + base64.encodeToString(new byte[16]) + "\"}}";
    assertThat(api.post("/api/me/preferences/push-subscriptions", owner, subscription).status()).isEqualTo(204);
    assertThat(api.post("/api/me/preferences/push-subscriptions", owner, "{\"endpoint\": \"file:///etc/passwd\","
        + " \"keys\": {\"p256dh\": \"x\", \"auth\": \"y\"}}").status()).isEqualTo(400);

    publish("lanting", "{\"title\": \"快递柜搬迁\", \"severity\": \"NORMAL\", \"body\": \"<p>搬到北门。</p>\","
        + " \"channels\": [\"WEB_PUSH\"], \"householdIds\": [" + householdOf("lanting", LANTING_OWNER_302) + "]}");

    await("a push to the owner's browser", () -> !gateway.received("/push/owner-302", "").isEmpty());
    var push = gateway.received("/push/owner-302", "").get(0);
    assertThat(push.headers().get("Authorization").get(0)).startsWith("vapid t=").contains(", k=");
    assertThat(push.headers().get("Content-encoding")).containsExactly("aes128gcm");
    assertThat(push.bodyLength()).isGreaterThan(100);
  }

  @Test
  void a_plugins_channel_takes_a_notice_to_the_owner_and_is_counted_like_the_platforms_own() throws Exception {
    String admin = admin("lanting");
    assertThat(api.put("/api/plugins/relay/enablement", admin, RELAY_CONSENT).status()).isEqualTo(204);
    try {
      reachableBy("lanting", LANTING_OWNER_301, "PLUGIN");
      long id = publish("lanting", "{\"title\": \"电梯年检\", \"severity\": \"NORMAL\", \"body\": \"<p>周二年检。</p>\","
          + " \"channels\": [\"PLUGIN\"], \"householdIds\": [" + householdOf("lanting", LANTING_OWNER_301) + "]}");

      await("the plugin's channel was handed the notice", () -> api.get("/api/plugins/relay", admin).body()
          .contains(LANTING_OWNER_301 + "：【兰亭物业】电梯年检 linli-"));
      await("counted as sent", () -> deliveries("lanting", id).contains("\"PLUGIN\":{\"SENT\":1}"));
      assertThat(api.get("/api/plugins/relay", admin("huayuan")).status()).as("not huayuan's plugin").isEqualTo(404);
    } finally {
      api.delete("/api/plugins/relay/enablement", admin);
    }
  }

  static final String RELAY_CONSENT = "{\"consent\": [\"notifications.deliver\", \"owners.contact\"]}";

  static final String DEFAULT_PREFERENCES = "{\"channels\": [\"WEB_PUSH\", \"SMS\", \"PHONE\"], \"language\": \"zh-CN\","
      + " \"quietStart\": \"22:00\", \"quietEnd\": \"08:00\"}";

  /** The owner is reached through these channels at any hour. @return their token */
  private String reachableBy(String tenant, String phone, String... channels) {
    String owner = api.residentToken(tenant, phone, DEMO_PASSWORD);
    assertThat(api.put("/api/me/preferences", owner, "{\"channels\": [\"" + String.join("\", \"", channels)
        + "\"], \"language\": \"zh-CN\"}").status()).isEqualTo(200);
    return owner;
  }

  /** Publishes as the tenant's admin. @return the notice's id */
  private long publish(String tenant, String notice) {
    Response published = api.post("/api/notices", admin(tenant), notice);
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    return published.object().getJsonNumber("id").longValue();
  }

  /** @return what was sent for the notice, per channel and status, as JSON */
  private String deliveries(String tenant, long notice) {
    return api.get("/api/notices/" + notice, admin(tenant)).object().getJsonObject("deliveries").toString();
  }

  private static void copyUnsigned(byte[] number, byte[] into, int at) {
    int length = Math.min(32, number.length);
    System.arraycopy(number, number.length - length, into, at + 32 - length, length);
  }

  /** Waits up to 20 s for the condition. */
  private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as(what).isBefore(deadline);
      Thread.sleep(300);
    }
  }

  private static String uncheckedColumn(String query, Object... values) {
    try {
      return column(query, values);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the first column of the first row, as text */
  private static String column(String query, Object... values) throws SQLException {
    try (Connection db = database();
        PreparedStatement statement = db.prepareStatement(query)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }


  // --- plugins --------------------------------------------------------------------------------------------------

  @Test
  void the_admin_sees_each_plugin_with_its_permissions_and_the_incompatible_one_refused() {
    Response catalogue = api.get("/api/plugins", admin("lanting"));

    assertThat(catalogue.status()).isEqualTo(200);
    Map<String, JsonObject> plugins = pluginsIn(catalogue);
    // the damaged jar is refused; hello is the plugin template, survey the bundled surveys
    assertThat(plugins).containsOnlyKeys("echo", "failing", "future", "gate", "relay", "hello", "survey");
    assertThat(plugins.get("echo").getBoolean("running")).isTrue();
    assertThat(plugins.get("echo").getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString).containsExactly("tickets.comment", "tickets.read");
    assertThat(plugins.get("future").getBoolean("running")).isFalse();
    assertThat(plugins.get("future").getString("problem")).contains("requires platform >=99.0.0");
    assertThat(api.get("/api/plugins", api.staffToken("lanting", "steward.jianhu1", DEMO_PASSWORD)).status())
        .isEqualTo(403);
  }

  @Test
  void a_plugin_enabled_for_one_tenant_serves_and_listens_there_and_is_404_for_another() throws Exception {
    String admin = admin("lanting");
    Response withoutConsent = api.put("/api/plugins/echo/enablement", admin, "{\"consent\": [\"tickets.read\"]}");
    assertThat(withoutConsent.status()).isEqualTo(409);
    assertThat(withoutConsent.body()).contains("tickets.comment");
    assertThat(api.put("/api/plugins/echo/enablement", admin,
        "{\"consent\": [\"tickets.read\", \"tickets.comment\"]}").status()).isEqualTo(204);
    String lantingOwner = api.residentToken("lanting", ownerPhone("lanting"), DEMO_PASSWORD);
    String huayuanOwner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    try {
      Response echo = api.get("/api/plugins/echo/tenant", lantingOwner);
      assertThat(echo.status()).isEqualTo(200);
      assertThat(echo.object().getString("tenant")).isEqualTo("lanting");
      assertThat(api.get("/api/plugins/echo/tenant", huayuanOwner).status()).isEqualTo(404);

      long huayuanTicket = api.post("/api/tickets", huayuanOwner, "{\"category\": \"repair\", \"title\": \"门禁失灵\"}")
          .object().getJsonNumber("id").longValue();
      long lantingTicket = api.post("/api/tickets", lantingOwner, "{\"category\": \"repair\", \"title\": \"楼道灯不亮\"}")
          .object().getJsonNumber("id").longValue();
      awaitTimeline(lantingTicket, lantingOwner, "echo 收到：楼道灯不亮");
      assertThat(api.get("/api/tickets/" + huayuanTicket + "/timeline", huayuanOwner).body()).doesNotContain("echo");
      assertThat(api.get("/api/plugins/echo/tickets/" + lantingTicket, lantingOwner).object().getString("title"))
          .isEqualTo("楼道灯不亮");
      assertThat(api.get("/api/plugins/echo/tickets/" + huayuanTicket, lantingOwner).status()).isEqualTo(404);
      Response undeclared = api.get("/api/plugins/echo/residents/1", lantingOwner);
      assertThat(undeclared.status()).isEqualTo(403);
      assertThat(undeclared.body()).contains("residents.read");
    } finally {
      assertThat(api.delete("/api/plugins/echo/enablement", admin).status()).isEqualTo(204);
    }
    assertThat(api.get("/api/plugins/echo/tenant", lantingOwner).status()).isEqualTo(404);
  }

  @Test
  void a_failing_plugin_never_fails_filing_and_is_suspended_for_the_tenant_after_three_failures() throws Exception {
    String admin = admin("lanting");
    assertThat(api.put("/api/plugins/failing/enablement", admin, "{\"consent\": []}").status()).isEqualTo(204);
    String owner = api.residentToken("lanting", ownerPhone("lanting"), DEMO_PASSWORD);
    try {
      for (int i = 1; i <= 3; i++) {
        assertThat(api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"插件故障测试 " + i + "\"}")
            .status()).isEqualTo(201);
      }
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      JsonObject failing = pluginsIn(api.get("/api/plugins", admin)).get("failing");
      while (failing.getString("suspension", null) == null) { // JSON-B leaves out nulls
        assertThat(Instant.now()).as("the failing plugin suspended").isBefore(deadline);
        Thread.sleep(300);
        failing = pluginsIn(api.get("/api/plugins", admin)).get("failing");
      }
      assertThat(failing.getBoolean("active")).isFalse();
      assertThat(failing.getJsonNumber("failures").longValue()).isGreaterThanOrEqualTo(3);
      assertThat(failing.getString("suspension")).contains("deliberately broken");
      assertThat(api.get("/api/notifications", admin).body()).contains("插件 failing");
    } finally {
      api.delete("/api/plugins/failing/enablement", admin);
    }
  }

  @Test
  void the_template_plugin_keeps_its_own_rows_for_each_tenant_and_finds_them_again_after_a_disable() throws Exception {
    String huayuan = admin("huayuan");
    String lanting = admin("lanting");
    String consent = "{\"consent\": [\"tickets.read\"]}";
    assertThat(api.put("/api/plugins/hello/enablement", huayuan, consent).status()).isEqualTo(204);
    assertThat(api.put("/api/plugins/hello/enablement", lanting, consent).status()).isEqualTo(204);
    try {
      String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
      api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"模板插件记录的工单\"}");
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      while (!api.get("/api/plugins/hello/noticed", huayuan).body().contains("模板插件记录的工单")) {
        assertThat(Instant.now()).as("the template plugin notes the ticket in its table").isBefore(deadline);
        Thread.sleep(300);
      }
      assertThat(api.get("/api/plugins/hello/noticed", lanting).body()).doesNotContain("模板插件记录的工单");
      assertThat(api.get("/api/plugins/hello/greeting", huayuan).object().getString("greeting")).startsWith("你好，huayuan");

      assertThat(api.delete("/api/plugins/hello/enablement", huayuan).status()).isEqualTo(204);
      assertThat(api.get("/api/plugins/hello/noticed", huayuan).status()).isEqualTo(404);
      assertThat(api.put("/api/plugins/hello/enablement", huayuan, consent).status()).isEqualTo(204);
      assertThat(api.get("/api/plugins/hello/noticed", huayuan).body()).contains("模板插件记录的工单");
    } finally {
      api.delete("/api/plugins/hello/enablement", huayuan);
      api.delete("/api/plugins/hello/enablement", lanting);
    }
  }

  @Test
  void a_resolved_ticket_brings_its_owner_a_survey_answered_once_through_rest_and_counted_in_the_results()
      throws Exception {
    String admin = enableSurveys("huayuan");
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    long ticket = resolvedTicket("huayuan", "agent.xixi", "tech.xixi1", "客厅插座没电");

    JsonObject invitation = awaitSurvey(owner, ticket);
    long id = invitation.getJsonNumber("id").longValue();
    JsonObject sheet = api.get("/api/plugins/survey/invitations/" + id, owner).object();
    List<JsonObject> questions = sheet.getJsonObject("questionnaire").getJsonArray("questions")
        .getValuesAs(JsonObject.class);
    assertThat(questions).extracting(q -> q.getString("kind")).contains("SCALE", "NPS", "TEXT");

    Response incomplete = api.post("/api/plugins/survey/invitations/" + id + "/answers", owner,
        "{\"answers\": [{\"question\": " + questions.get(0).getJsonNumber("id") + ", \"score\": 9}]}");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body()).contains("question 1: must be 1 to 5").contains("question 2: is required");

    String answers = answers(questions, 5, 10);
    assertThat(api.post("/api/plugins/survey/invitations/" + id + "/answers", owner, answers).status())
        .isEqualTo(204);
    assertThat(api.post("/api/plugins/survey/invitations/" + id + "/answers", owner, answers).status())
        .isEqualTo(409);
    assertThat(api.get("/api/plugins/survey/invitations", owner).body()).doesNotContain("客厅插座没电");

    long questionnaire = sheet.getJsonObject("questionnaire").getJsonNumber("id").longValue();
    JsonObject results = api.get("/api/plugins/survey/questionnaires/" + questionnaire + "/results", admin).object();
    assertThat(results.getJsonNumber("responses").longValue()).isGreaterThanOrEqualTo(1);
    assertThat(results.getJsonArray("dimensions")).hasSize(5);
    assertThat(results.getJsonArray("projects").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("project")).contains("西溪雅苑");
    assertThat(api.get("/api/dashboard/metrics", admin).body()).contains("satisfaction").contains("近30天满意度");

    RestClient.Download export = api.download("/api/plugins/survey/questionnaires/" + questionnaire + "/export",
        admin, "zh-CN");
    assertThat(export.status()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      var rows = workbook.getSheetAt(0);
      assertThat(rows.getRow(0).getCell(3).getStringCellValue()).isEqualTo("工单标题");
      List<String> titles = new ArrayList<>();
      rows.forEach(row -> titles.add(row.getCell(3).getStringCellValue()));
      assertThat(titles).contains("客厅插座没电");
    }

    String lantingOwner = api.residentToken("lanting", ownerPhone("lanting"), DEMO_PASSWORD);
    assertThat(api.get("/api/plugins/survey/invitations/" + id, lantingOwner).status()).isEqualTo(404);
    enableSurveys("lanting");
    assertThat(api.get("/api/plugins/survey/invitations/" + id, lantingOwner).status()).isEqualTo(404);
    assertThat(api.get("/api/plugins/survey/questionnaires/" + questionnaire, admin("lanting")).status())
        .isEqualTo(404);
    assertThat(api.get("/api/plugins/survey/questionnaires", owner).status()).isEqualTo(403);
    assertThat(api.get("/api/plugins/survey/questionnaires", null).status()).isEqualTo(401);
  }

  @Test
  void a_survey_nobody_answers_in_time_is_closed_by_the_plugins_scheduled_job() throws Exception {
    enableSurveys("huayuan");
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    long ticket = resolvedTicket("huayuan", "agent.xixi", "tech.xixi2", "地下车库灯闪烁");
    long id = awaitSurvey(owner, ticket).getJsonNumber("id").longValue();

    execute("update survey_invitation set expires_at = ? where id = ?", Instant.now().minusSeconds(1), id);
    // and the job's ten minutes pass (it ran when the surveys were first enabled)
    update("update plugin_job_run set next_run_at = ? where tenant_id = 'huayuan' and plugin_id = 'survey'",
        Instant.now().minusSeconds(1));

    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!"EXPIRED".equals(surveyStatus(id))) {
      assertThat(Instant.now()).as("the expiry job closes the survey").isBefore(deadline);
      Thread.sleep(500);
    }
    Response late = api.post("/api/plugins/survey/invitations/" + id + "/answers", owner, "{\"answers\": []}");
    assertThat(late.status()).isEqualTo(409);
  }

  @Test
  void an_admin_enables_surveys_in_the_console_and_an_owner_answers_one_on_a_phone() throws Exception {
    api.delete("/api/plugins/survey/enablement", admin("huayuan"));
    try (ConsoleInBrowser admin = new ConsoleInBrowser(base, 1366)) {
      admin.signIn("login", "huayuan", "admin", DEMO_PASSWORD);
      admin.open("console/settings/plugins");
      admin.awaitText("plugin-survey", "survey");
      assertThat(admin.text("nav")).doesNotContain("问卷调查");
      admin.clickOn("#plugin-survey vaadin-button", "启用");
      admin.awaitPageText("启用后，该插件将可以");
      admin.screenshot("plugins-consent-huayuan-admin");
      admin.clickOn("vaadin-button", "同意并启用");
      admin.awaitText("nav", "问卷调查");
      admin.screenshot("plugins-huayuan-admin");
      admin.clickOn("#plugin-nav a", "问卷调查");
      admin.awaitText("survey-questionnaires", "问卷调查");
    }
    api.delete("/api/plugins/survey/enablement", admin("lanting"));
    try (ConsoleInBrowser other = new ConsoleInBrowser(base, 1366)) {
      other.signIn("login", "lanting", "admin", DEMO_PASSWORD);
      other.open("console/plugins/survey");
      other.awaitText("not-found", "页面不存在");
      assertThat(other.text("nav")).doesNotContain("问卷调查");
    }
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    long ticket = resolvedTicket("huayuan", "agent.xixi", "tech.xixi1", "阳台晾衣架卡住");
    long id = awaitSurvey(owner, ticket).getJsonNumber("id").longValue();
    try (ConsoleInBrowser phone = new ConsoleInBrowser(base, 375)) {
      phone.signIn("portal/login", "huayuan", OWNER_PHONE, DEMO_PASSWORD);
      phone.clickOn("#plugin-services a", "满意度评价");
      phone.awaitText("survey-open", "阳台晾衣架卡住");
      phone.screenshot("survey-open-huayuan-owner-375");
      phone.open("portal/plugins/survey/answer/" + id);
      phone.awaitText("survey-answer", "阳台晾衣架卡住");
      phone.click("answer-submit");
      phone.awaitText("answer-problem", "还有必答题没有回答");
      phone.chooseLastInEach("#survey-answer vaadin-radio-group", "vaadin-radio-button");
      phone.screenshot("survey-answer-huayuan-owner-375");
      phone.click("answer-submit");
      phone.awaitText("answer-thanks", "您的意见我们已经收到");
    }
    assertThat(surveyStatus(id)).isEqualTo("ANSWERED");
    try (ConsoleInBrowser admin = new ConsoleInBrowser(base, 1366)) {
      admin.signIn("login", "huayuan", "admin", DEMO_PASSWORD);
      admin.awaitText("plugin-metrics", "近30天满意度");
      admin.screenshot("console-home-metrics-huayuan-admin");
      admin.open("console/plugins/survey");
      admin.clickOn("#questionnaire-list a", "服务回访问卷");
      admin.awaitText("results-summary", "已回答");
      admin.screenshot("survey-results-huayuan-admin");
    }
  }

  @Test
  void a_plugins_dispatch_rule_keeps_a_ticket_from_staff_it_refuses_and_only_for_its_tenant() {
    String admin = admin("lanting");
    String owner = api.residentToken("lanting", LANTING_OWNER, DEMO_PASSWORD);
    String agent = api.staffToken("lanting", "agent.jianhu", DEMO_PASSWORD);
    long technician = staffId("lanting", "tech.jianhu1");
    assertThat(api.put("/api/plugins/gate/enablement", admin, "{\"consent\": []}").status()).isEqualTo(204);
    try {
      JsonObject gated = api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"需持证：配电箱跳闸\"}")
          .object();
      assertThat(gated.getString("status")).as("no technician may take it by rule").isEqualTo("RECEIVED");
      Response refused = api.post("/api/tickets/" + gated.getJsonNumber("id") + "/actions", agent,
          "{\"action\": \"DISPATCH\", \"assigneeId\": " + technician + "}");
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.body()).contains("未取得电工证");

      JsonObject plain = api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"水龙头滴水\"}").object();
      assertThat(plain.getString("status")).isEqualTo("DISPATCHED");
    } finally {
      api.delete("/api/plugins/gate/enablement", admin);
    }
    String huayuanAgent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    long elsewhere = api.post("/api/tickets", huayuanAgent, "{\"householdId\": " + householdOf("huayuan", OWNER_PHONE)
        + ", \"category\": \"repair\", \"title\": \"需持证：楼道配电柜\"}").object().getJsonNumber("id").longValue();
    act(elsewhere, huayuanAgent, "{\"action\": \"DISPATCH\", \"assigneeId\": " + staffId("huayuan", "tech.xixi1")
        + "}", "DISPATCHED");
  }

  @Test
  void a_low_score_tells_the_buildings_stewards_and_reaches_them_through_a_plugins_channel_too() throws Exception {
    enableSurveys("huayuan");
    String admin = admin("huayuan");
    assertThat(api.put("/api/plugins/relay/enablement", admin, RELAY_CONSENT).status())
        .isEqualTo(204);
    try {
      String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
      long ticket = resolvedTicket("huayuan", "agent.xixi", "tech.xixi1", "电梯按钮失灵");
      long id = awaitSurvey(owner, ticket).getJsonNumber("id").longValue();
      List<JsonObject> questions = api.get("/api/plugins/survey/invitations/" + id, owner).object()
          .getJsonObject("questionnaire").getJsonArray("questions").getValuesAs(JsonObject.class);

      assertThat(api.post("/api/plugins/survey/invitations/" + id + "/answers", owner, answers(questions, 1, 2))
          .status()).isEqualTo(204);

      // the owner lives in 4号楼, which steward.xixi2 looks after
      String steward = api.staffToken("huayuan", "steward.xixi2", DEMO_PASSWORD);
      assertThat(api.get("/api/notifications", steward).body()).contains("电梯按钮失灵").contains("评价偏低");
      Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
      while (!api.get("/api/plugins/relay", admin).body().contains("电梯按钮失灵")) {
        assertThat(Instant.now()).as("the relay plugin is handed the notification").isBefore(deadline);
        Thread.sleep(300);
      }
      assertThat(api.get("/api/plugins/relay", admin).body()).contains("评价偏低");
    } finally {
      api.delete("/api/plugins/relay/enablement", admin);
    }
  }

  // --- polls ------------------------------------------------------------------------------------------------------

  /** An owner of 西溪雅苑 1号楼 1-101 on no committee: sees the results only after close. */
  static final String PLAIN_OWNER = "13557139325";

  @Test
  void poll_thresholds_are_counted_by_headcount_and_by_area_and_a_household_votes_once() throws Exception {
    String manager = api.staffToken("huayuan", "pm.xixi", DEMO_PASSWORD);
    long xixi = projectId("huayuan", "xixi");
    Response created = api.post("/api/polls", manager, pollDraft(xixi, "关于使用维修资金更换电梯的表决", ""));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject poll = created.object();
    long id = poll.getJsonNumber("id").longValue();
    assertThat(poll.getString("participation")).isEqualTo("2/3");
    assertThat(poll.getString("approval")).isEqualTo(">1/2");
    long agree = optionId(poll, "FOR");
    long disagree = optionId(poll, "AGAINST");
    long ownerHousehold = householdOf("huayuan", OWNER_PHONE);
    long plainHousehold = householdOf("huayuan", PLAIN_OWNER);
    // 西溪雅苑 has 96 households: 63 of the largest agree straight in the database, one short of two thirds
    Instant earlier = Instant.now().minusSeconds(30);
    assertThat(update("insert into poll_ballot (tenant_id, poll_id, household_id, option_id, cast_by_id,"
        + " first_cast_at, cast_at) select h.tenant_id, ?, h.id, ?, (select min(r.id) from resident r"
        + " where r.household_id = h.id), ?, ? from household h join building b on b.id = h.building_id"
        + " where b.project_id = ? and h.id not in (?, ?) order by h.floor_area desc, h.id limit 63",
        id, agree, earlier, earlier, xixi, ownerHousehold, plainHousehold)).isEqualTo(63);

    JsonObject short1 = api.get("/api/polls/" + id, manager).object().getJsonObject("results");
    assertThat(short1.getJsonObject("electorate").getInt("households")).isEqualTo(96);
    assertThat(short1.getJsonObject("electorate").getJsonNumber("area").bigDecimalValue())
        .isEqualByComparingTo(decimal("select sum(h.floor_area) from household h join building b"
            + " on b.id = h.building_id where b.project_id = ?", xixi));
    assertThat(short1.getJsonObject("participants").getInt("households")).isEqualTo(63);
    assertThat(short1.getBoolean("householdsTookPart")).isFalse();
    assertThat(short1.getString("outcome")).isEqualTo("TOO_FEW_TOOK_PART");

    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    Response first = api.put("/api/polls/" + id + "/ballot", owner, "{\"option\": " + disagree + "}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.object().getJsonObject("ballot").getJsonNumber("option").longValue()).isEqualTo(disagree);
    JsonObject changed = api.put("/api/polls/" + id + "/ballot", owner, "{\"option\": " + agree + "}").object();
    assertThat(changed.getJsonObject("ballot").getBoolean("changed")).isTrue();
    assertThat(changed.getBoolean("mayVote")).isTrue();

    // 64 of 96 households is exactly two thirds: enough; the area is counted from the households' floor areas
    JsonObject results = changed.getJsonObject("results"); // the owner sits on the owners' committee: live results
    assertThat(results.getJsonObject("participants").getInt("households")).isEqualTo(64);
    assertThat(results.getBoolean("householdsTookPart")).isTrue();
    java.math.BigDecimal votedArea = decimal("select sum(h.floor_area) from poll_ballot v join household h"
        + " on h.id = v.household_id where v.poll_id = ?", id);
    java.math.BigDecimal allArea = results.getJsonObject("electorate").getJsonNumber("area").bigDecimalValue();
    assertThat(results.getJsonObject("participants").getJsonNumber("area").bigDecimalValue())
        .isEqualByComparingTo(votedArea);
    assertThat(results.getBoolean("areaTookPart"))
        .isEqualTo(votedArea.multiply(java.math.BigDecimal.valueOf(3)).compareTo(allArea.multiply(
            java.math.BigDecimal.valueOf(2))) >= 0).isTrue();
    assertThat(results.getString("outcome")).isEqualTo("PASSED");
    assertThat(results.getJsonNumber("passedOption").longValue()).isEqualTo(agree);
    assertThat(decimal("select count(*) from poll_ballot where poll_id = ? and household_id = ?", id,
        ownerHousehold)).isEqualByComparingTo("1");

    List<JsonObject> audit = ((jakarta.json.JsonArray) api.get("/api/polls/" + id + "/audit", manager).json())
        .getValuesAs(JsonObject.class);
    assertThat(audit).hasSize(64);
    JsonObject mine = audit.get(0); // the latest first
    assertThat(mine.getJsonObject("household").getJsonNumber("id").longValue()).isEqualTo(ownerHousehold);
    assertThat(mine.getBoolean("changed")).isTrue();
    assertThat(mine.getJsonNumber("option").longValue()).isEqualTo(agree);

    String plain = api.residentToken("huayuan", PLAIN_OWNER, DEMO_PASSWORD);
    JsonObject asPlainOwner = api.get("/api/polls/" + id, plain).object();
    assertThat(asPlainOwner.containsKey("results")).as("no results before close").isFalse();
    assertThat(asPlainOwner.getBoolean("mayVote")).isTrue();
    assertThat(api.get("/api/polls/" + id + "/audit", plain).status()).isEqualTo(403);
    assertThat(((jakarta.json.JsonArray) api.get("/api/polls", plain).json()).getValuesAs(JsonObject.class))
        .anyMatch(p -> p.getJsonNumber("id").longValue() == id);

    // the household's first two votes at one moment: one ballot, the poll's row being locked for each vote
    var start = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<java.util.concurrent.Future<Integer>> votes = new ArrayList<>();
    for (long option : List.of(agree, disagree)) {
      votes.add(pool.submit(() -> {
        start.await();
        return api.put("/api/polls/" + id + "/ballot", plain, "{\"option\": " + option + "}").status();
      }));
    }
    start.countDown();
    for (var vote : votes) {
      assertThat(vote.get()).isEqualTo(200);
    }
    pool.shutdown();
    assertThat(decimal("select count(*) from poll_ballot where poll_id = ? and household_id = ?", id,
        plainHousehold)).isEqualByComparingTo("1");
    api.put("/api/polls/" + id + "/ballot", plain, "{\"option\": " + agree + "}");

    execute("update poll set closes_at = ? where id = ?", Instant.now().minusSeconds(1), id);
    Response late = api.put("/api/polls/" + id + "/ballot", plain, "{\"option\": " + agree + "}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("voting closed at");
    JsonObject closed = api.get("/api/polls/" + id, plain).object();
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getJsonObject("results").getString("outcome")).isEqualTo("PASSED");
  }

  @Test
  void poll_votes_outside_the_window_roles_that_may_not_and_bad_fields_are_refused() {
    String manager = api.staffToken("huayuan", "pm.xixi", DEMO_PASSWORD);
    long xixi = projectId("huayuan", "xixi");
    // a major matter starting on a company-time date: 09:00 in China is 01:00 UTC
    Response major = api.post("/api/polls", manager, "{\"projectId\": " + xixi + ", \"title\": \"小区外立面改造\","
        + " \"kind\": \"MAJOR\", \"secret\": true, \"opensAt\": \"2030-01-07T09:00\", \"closesAt\": \"2030-01-21T18:00\"}");
    assertThat(major.status()).as(major.body()).isEqualTo(201);
    JsonObject upcoming = major.object();
    assertThat(upcoming.getString("opensAt")).startsWith("2030-01-07T01:00");
    assertThat(upcoming.getString("approval")).isEqualTo("3/4");
    assertThat(upcoming.getString("status")).isEqualTo("UPCOMING");
    long id = upcoming.getJsonNumber("id").longValue();
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    Response early = api.put("/api/polls/" + id + "/ballot", owner, "{\"option\": " + optionId(upcoming, "FOR") + "}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("voting opens at 2030-01-07 09:00");

    Response own = api.post("/api/polls", manager, pollDraft(xixi, "停车位分配方案征询",
        ", \"kind\": \"CONSULTATION\", \"options\": [\"按楼栋轮换\", \"先到先得\"]"));
    long consultation = own.object().getJsonNumber("id").longValue();
    assertThat(api.put("/api/polls/" + consultation + "/ballot", owner, "{\"option\": 99999999}").body())
        .contains("option");
    assertThat(api.put("/api/polls/" + consultation + "/ballot", owner, "{}").status()).isEqualTo(400);
    assertThat(api.put("/api/polls/" + consultation + "/ballot", manager,
        "{\"option\": " + own.object().getJsonArray("options").getJsonObject(0).getJsonNumber("id") + "}").status())
        .isEqualTo(403);
    assertThat(api.put("/api/polls/" + consultation + "/ballot",
        api.residentToken("lanting", LANTING_OWNER, DEMO_PASSWORD), "{\"option\": 1}").status()).isEqualTo(404);
    assertThat(api.get("/api/polls/" + consultation, admin("lanting")).status()).isEqualTo(404);
    assertThat(api.get("/api/polls/" + consultation + "/audit", admin("lanting")).status()).isEqualTo(404);
    // staff of another project of the same company do not see it
    assertThat(api.get("/api/polls/" + consultation, api.staffToken("huayuan", "pm.qiantang", DEMO_PASSWORD))
        .status()).isEqualTo(404);

    assertThat(api.post("/api/polls", api.staffToken("huayuan", "steward.xixi1", DEMO_PASSWORD),
        pollDraft(xixi, "管家发起", "")).status()).isEqualTo(403);
    assertThat(api.post("/api/polls", owner, pollDraft(xixi, "业主发起", "")).status()).isEqualTo(403);
    assertThat(api.post("/api/polls", api.staffToken("huayuan", "pm.qiantang", DEMO_PASSWORD),
        pollDraft(xixi, "别的小区", "")).status()).isEqualTo(403);
    Response invalid = api.post("/api/polls", manager, "{\"projectId\": " + xixi + ", \"title\": \"\","
        + " \"kind\": \"URGENT\", \"opensAt\": \"2030-01-07T09:00\", \"approval\": \"most\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).contains("title").contains("kind").contains("closesAt").contains("approval");
    Response backwards = api.post("/api/polls", manager, "{\"projectId\": " + xixi + ", \"title\": \"时间颠倒\","
        + " \"kind\": \"GENERAL\", \"opensAt\": \"2030-01-07T09:00\", \"closesAt\": \"2030-01-01T09:00\"}");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("closesAt: must be after opensAt");
  }

  @Test
  void poll_an_owner_votes_on_a_phone_changes_the_vote_and_staff_see_the_results() throws Exception {
    String manager = api.staffToken("huayuan", "pm.xixi", DEMO_PASSWORD);
    long xixi = projectId("huayuan", "xixi");
    long id = api.post("/api/polls", manager, pollDraft(xixi, "关于调整小区停车收费标准的表决",
        ", \"description\": \"拟将地面临时停车费由每小时 5 元调整为 6 元，请各户业主表决。\""))
        .object().getJsonNumber("id").longValue();
    try (ConsoleInBrowser phone = new ConsoleInBrowser(base, 375)) {
      phone.signIn("portal/login", "huayuan", OWNER_PHONE, DEMO_PASSWORD);
      phone.awaitText("polls-link", "投票表决");
      phone.screenshot("polls-portal-home-375");
      phone.clickOn("#polls-link", "投票表决");
      phone.clickOn("#portal-polls a.poll-link", "关于调整小区停车收费标准的表决");
      phone.clickOn("#poll-options vaadin-radio-button", "同意");
      phone.click("poll-vote");
      phone.awaitText("poll-my-ballot", "您已投票：同意（可在截止前修改）");
      phone.screenshot("polls-portal-voted-375");
      phone.clickOn("#poll-options vaadin-radio-button", "反对");
      phone.clickOn("#poll-vote", "修改投票");
      phone.awaitText("poll-my-ballot", "您已投票：反对（可在截止前修改）");
      phone.awaitText("poll-audit", "投票记录"); // a committee member sees who voted
      phone.screenshot("polls-portal-changed-375");
    }
    JsonObject poll = api.get("/api/polls/" + id, manager).object();
    assertThat(poll.getJsonObject("results").getJsonObject("participants").getInt("households")).isEqualTo(1);
    assertThat(((jakarta.json.JsonArray) api.get("/api/polls/" + id + "/audit", manager).json()).getJsonObject(0)
        .getJsonNumber("option").longValue()).isEqualTo(optionId(poll, "AGAINST"));
    try (ConsoleInBrowser browser = new ConsoleInBrowser(base, 1280)) {
      browser.signIn("login", "huayuan", "pm.xixi", DEMO_PASSWORD);
      browser.open("console/polls");
      browser.awaitText("poll-list", "关于调整小区停车收费标准的表决");
      browser.screenshot("polls-console-list-1280");
      browser.open("console/polls/" + id);
      browser.awaitText("poll-results", "参与户数 1 / 96");
      browser.awaitText("poll-audit", "反对");
      browser.screenshot("polls-console-results-1280");
    }
  }

  /** A general matter of the project, open since a minute ago for a week; {@code extra} adds JSON members. */
  private static String pollDraft(long project, String title, String extra) {
    return "{\"projectId\": " + project + ", \"title\": \"" + title + "\""
        + (extra.contains("\"kind\"") ? "" : ", \"kind\": \"GENERAL\"")
        + ", \"opensAt\": \"" + Instant.now().minusSeconds(60) + "\", \"closesAt\": \""
        + Instant.now().plus(Duration.ofDays(7)) + "\"" + extra + "}";
  }

  private static long optionId(JsonObject poll, String stance) {
    return poll.getJsonArray("options").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("stance").equals(stance)).findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  private long projectId(String tenant, String code) {
    return ((jakarta.json.JsonArray) api.get("/api/projects", admin(tenant)).json()).getValuesAs(JsonObject.class)
        .stream().filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow()
        .getJsonNumber("id").longValue();
  }

  /** One number straight from the database. */
  private static java.math.BigDecimal decimal(String query, Object... values) throws SQLException {
    try (Connection db = database();
        PreparedStatement statement = db.prepareStatement(query)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBigDecimal(1);
      }
    }
  }

  // --- owner portal: tickets ---

  @Test
  void portal_owner_reports_a_repair_with_a_photo_and_sees_the_dispatch_without_a_reload() throws Exception {
    Path photo = Files.createTempFile("leak", ".png");
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "png", photo.toFile());
    try (ConsoleInBrowser owner = new ConsoleInBrowser(base, 375);
        ConsoleInBrowser agent = new ConsoleInBrowser(base, 1366)) {
      owner.signIn("portal/login", "huayuan", OWNER_PHONE, DEMO_PASSWORD);
      owner.clickOn("#report-link", "我要报事");
      owner.type("report-title", "厨房水槽下水管漏水");
      owner.type("report-description", "水槽下面一直滴水，地面已经湿了。");
      owner.upload("report-photos", photo);
      owner.screenshot("portal-report-375");
      owner.click("report-submit");
      assertThat(owner.text("report-promise")).isEqualTo("我们将在 2 小时内响应，24 小时内处理完毕。");
      owner.screenshot("portal-report-done-375");
      owner.click("report-follow");
      owner.awaitText("portal-ticket-status", "已受理");
      long id = Long.parseLong(owner.currentPath().replaceAll(".*/", ""));
      assertThat(owner.text("portal-ticket-handler")).isEqualTo("等待派单");
      assertThat(api.get("/api/tickets/" + id + "/photos", api.residentToken("huayuan", OWNER_PHONE,
          DEMO_PASSWORD)).json().asJsonArray().getJsonObject(0).getString("mediaType")).isEqualTo("image/png");
      owner.script("window.linliNotReloaded = true");

      agent.signIn("login", "huayuan", "agent.xixi", DEMO_PASSWORD);
      agent.open("console/tickets/" + id);
      assertThat(agent.text("ticket-location")).isEqualTo("我家（西溪雅苑 4号楼 1-601）");
      agent.pick("assignee", "朱佳琪"); // steward.xixi2, who looks after 4号楼
      agent.click("action-DISPATCH");
      agent.awaitText("ticket-status", "已派单");

      owner.awaitText("portal-ticket-status", "已派单");
      assertThat(owner.script("return window.linliNotReloaded === true")).isEqualTo(true);
      assertThat(owner.text("portal-ticket-handler")).isEqualTo("楼栋管家");
      assertThat(owner.text("portal-timeline")).contains("已派单").doesNotContain("朱佳琪");
      owner.screenshot("portal-ticket-375");
      owner.open("portal/tickets");
      owner.awaitText("portal-tickets", "厨房水槽下水管漏水");
      owner.screenshot("portal-tickets-375");
    } finally {
      Files.deleteIfExists(photo);
    }
  }

  @Test
  void portal_reopening_outside_the_companys_window_is_409_and_inside_it_works() throws SQLException {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    JsonObject filed = api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"电梯厅灯不亮\","
        + " \"location\": \"COMMON_AREA\", \"spot\": \"3单元电梯厅\"}").object();
    long id = filed.getJsonNumber("id").longValue();
    assertThat(filed.getJsonObject("location").getString("place")).isEqualTo("COMMON_AREA");
    assertThat(filed.getJsonObject("location").getString("spot")).isEqualTo("3单元电梯厅");
    act(id, agent, "{\"action\": \"DISPATCH\", \"assigneeId\": " + staffId("huayuan", "tech.xixi1") + "}",
        "DISPATCHED");
    act(id, agent, "{\"action\": \"START\"}", "IN_PROGRESS");
    act(id, agent, "{\"action\": \"RESOLVE\", \"text\": \"已更换灯管\"}", "RESOLVED");

    execute("update ticket set resolved_at = ? where id = ?", Instant.now().minus(Duration.ofDays(8)), id);
    Response late = api.post("/api/tickets/" + id + "/actions", owner, "{\"action\": \"REOPEN\", \"text\": \"又不亮了\"}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("window to reopen (7d after the resolution)");

    execute("update ticket set resolved_at = ? where id = ?", Instant.now().minus(Duration.ofDays(6)), id);
    act(id, owner, "{\"action\": \"REOPEN\", \"text\": \"又不亮了\"}", "IN_PROGRESS");
  }

  @Test
  void portal_another_households_ticket_is_not_found_in_the_portal() {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    long id = api.post("/api/tickets", owner, "{\"category\": \"inquiry\", \"title\": \"物业费发票怎么开\"}")
        .object().getJsonNumber("id").longValue();
    String neighbour = "13557139325"; // 西溪雅苑 1号楼 1-101
    assertThat(api.get("/api/tickets/" + id, api.residentToken("huayuan", neighbour, DEMO_PASSWORD)).status())
        .isEqualTo(404);
    for (String[] other : List.of(new String[] {"huayuan", neighbour}, new String[] {"lanting", LANTING_OWNER})) {
      try (ConsoleInBrowser phone = new ConsoleInBrowser(base, 375)) {
        phone.signIn("portal/login", other[0], other[1], DEMO_PASSWORD);
        phone.open("portal/tickets/" + id);
        assertThat(phone.text("not-found")).contains("页面不存在").doesNotContain("物业费发票怎么开");
      }
    }
  }

  // --- knowledge base (FAQ) -------------------------------------------------------------------------------------

  @Test
  void faqChineseSearchOnTheDemoDataRanksTheRightArticleFirst() {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);

    assertThat(faqHits("停车费怎么交", owner).get(0).getString("question")).contains("停车费");
    assertThat(faqHits("电梯困人", owner).get(0).getString("question")).contains("被困电梯");
    assertThat(faqHits("水管漏水", owner).get(0).getString("question")).contains("报修");
    JsonObject first = faqHits("停车费怎么交", owner).get(0);
    assertThat(first.getString("snippet")).isNotBlank().doesNotContain("<");
    assertThat(first.getJsonNumber("score").doubleValue()).isPositive();

    Response syntax = api.get("/api/faq?q=" + encode("\"(*"), owner);
    assertThat(syntax.status()).isEqualTo(200);
    Response empty = api.get("/api/faq?q=", owner);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("q:");
    assertThat(api.get("/api/faq?q=" + encode("停车") + "&limit=0", owner).body()).contains("limit");
  }

  @Test
  void two_taps_at_the_same_moment_keep_one_mark_and_neither_is_a_server_error() throws Exception {
    String writer = admin("lanting");
    String owner = api.residentToken("lanting", LANTING_OWNER_302, DEMO_PASSWORD);
    for (int i = 0; i < 5; i++) {
      long id = api.post("/api/faq", writer, "{\"question\": \"并发测试文章 " + i + "\", \"answer\": \"<p>测试</p>\"}")
          .object().getJsonNumber("id").longValue();
      var taps = java.util.stream.IntStream.range(0, 2).mapToObj(n -> java.util.concurrent.CompletableFuture
          .supplyAsync(() -> api.post("/api/faq/" + id + "/helpful", owner, "").status())).toList();
      assertThat(taps.stream().map(java.util.concurrent.CompletableFuture::join).toList())
          .as("the second is the same tap again (200) or met the first at the unique key (409)")
          .allMatch(status -> status == 200 || status == 409).contains(200);
      assertThat(count("select count(*) from knowledge_helpful where article_id = " + id)).isEqualTo(1);
    }
  }

  @Test
  void faqHelpfulIsCountedOncePerHouseholdAndOnlyWritersWrite() throws SQLException {
    Response written = api.post("/api/faq", api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD),
        "{\"question\": \"小区游泳池什么时候开放？\", \"answer\": \"<p>每年 6 月至 9 月开放<script>x()</script></p>\","
            + " \"category\": \"daily_service\", \"keywords\": \"游泳池，泳池 开放时间\"}");
    assertThat(written.status()).isEqualTo(201);
    assertThat(written.object().getString("answer")).isEqualTo("<p>每年 6 月至 9 月开放</p>");
    long id = written.object().getJsonNumber("id").longValue();
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    long searchesBefore = count("select count(*) from knowledge_search where tenant_id = 'huayuan'");

    assertThat(faqHits("泳池几点开", owner).get(0).getJsonNumber("id").longValue()).isEqualTo(id);
    JsonObject once = api.post("/api/faq/" + id + "/helpful", owner, "").object();
    JsonObject twice = api.post("/api/faq/" + id + "/helpful", owner, "").object();

    assertThat(once.getJsonNumber("helpful").longValue()).isEqualTo(1);
    assertThat(twice.getJsonNumber("helpful").longValue()).isEqualTo(1);
    assertThat(twice.getBoolean("helpedMyHousehold")).isTrue();
    assertThat(count("select count(*) from knowledge_helpful where tenant_id = 'huayuan' and article_id = " + id))
        .isEqualTo(1);
    assertThat(count("select count(*) from knowledge_search where tenant_id = 'huayuan'")).isEqualTo(searchesBefore + 1);
    String steward = api.staffToken("huayuan", "steward.xixi1", DEMO_PASSWORD);
    assertThat(api.post("/api/faq/" + id + "/helpful", steward, "").status()).isEqualTo(403);
    assertThat(api.post("/api/faq", steward, "{\"question\": \"问\", \"answer\": \"<p>答</p>\"}").status())
        .isEqualTo(403);
    Response invalid = api.post("/api/faq", admin("huayuan"), "{\"question\": \"\", \"answer\": \"<p>答</p>\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).contains("question");
    assertThat(api.put("/api/faq/" + id, admin("huayuan"), "{\"question\": \"小区游泳池什么时候开放？\","
        + " \"answer\": \"<p>暂停开放</p>\", \"category\": \"parking\"}").body()).contains("category");

    assertThat(api.put("/api/faq/" + id, admin("huayuan"), "{\"question\": \"小区游泳池什么时候开放？\","
        + " \"answer\": \"<p>今年暂停开放</p>\", \"published\": false}").status()).isEqualTo(200);
    assertThat(api.get("/api/faq/" + id, owner).status()).isEqualTo(404);
    assertThat(faqHits("游泳池", owner)).noneMatch(h -> h.getJsonNumber("id").longValue() == id);
    assertThat(api.get("/api/faq/" + id, admin("huayuan")).object().getJsonNumber("helpful").longValue()).isEqualTo(1);
  }

  @Test
  void faqAnotherTenantsArticleIs404AndItsSearchNeverReturnsIt() throws SQLException {
    long id = api.post("/api/faq", admin("huayuan"), "{\"question\": \"紫藤花架什么时候修剪？\","
        + " \"answer\": \"<p>每年春秋各修剪一次。</p>\", \"keywords\": \"紫藤, 花架\"}").object()
        .getJsonNumber("id").longValue();
    String lantingOwner = api.residentToken("lanting", LANTING_OWNER, DEMO_PASSWORD);

    assertThat(faqHits("紫藤花架", api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD))).isNotEmpty();
    assertThat(faqHits("紫藤花架", lantingOwner)).isEmpty();
    assertThat(api.get("/api/faq?q=" + encode("紫藤花架"), admin("lanting")).body()).doesNotContain("紫藤");
    assertThat(api.get("/api/faq/" + id, lantingOwner).status()).isEqualTo(404);
    assertThat(api.post("/api/faq/" + id + "/helpful", lantingOwner, "").status()).isEqualTo(404);
    assertThat(api.put("/api/faq/" + id, admin("lanting"), "{\"question\": \"改\", \"answer\": \"<p>改</p>\"}")
        .status()).isEqualTo(404);

    // a change straight in the database (or on another node) is seen by the next search: the fingerprint moved
    java.sql.Timestamp latest;
    try (Connection db = database();
        ResultSet row = db.createStatement()
            .executeQuery("select max(updated_at) from knowledge_article where tenant_id = 'huayuan'")) {
      row.next();
      latest = row.getTimestamp(1);
    }
    execute("update knowledge_article set question = '葡萄架什么时候修剪？', updated_at = ? where id = ?",
        new java.sql.Timestamp(latest.getTime() + 1), id);
    assertThat(faqHits("葡萄架", api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD)))
        .anyMatch(h -> h.getJsonNumber("id").longValue() == id);
  }

  @Test
  void faqAnOwnerSearchesOnAPhoneOpensTheAnswerAndSaysItHelped() {
    try (ConsoleInBrowser phone = new ConsoleInBrowser(base, 375)) {
      phone.signIn("portal/login", "huayuan", OWNER_PHONE, DEMO_PASSWORD);
      phone.clickOn("#faq-link", "常见问题");
      phone.type("faq-search", "停车费怎么交\n");
      phone.awaitText("faq-results", "没找到答案？去报事"); // shown under search results, not under 大家常问
      phone.awaitText("faq-results", "停车费如何缴纳");
      phone.screenshot("faq-search-huayuan-owner-375");
      phone.clickOn("#faq-results .faq-hit a", "停车费如何缴纳");
      phone.click("faq-helpful");
      phone.awaitText("faq-verdict", "感谢反馈");
      phone.screenshot("faq-article-huayuan-owner-375");
    }
    try (ConsoleInBrowser console = new ConsoleInBrowser(base, 1280)) {
      console.signIn("login", "huayuan", "admin", DEMO_PASSWORD);
      console.open("console/faq");
      console.awaitText("faq-articles", "停车费如何缴纳");
      console.screenshot("faq-console-huayuan-admin-1280");
    }
  }

  private List<JsonObject> faqHits(String q, String token) {
    Response response = api.get("/api/faq?q=" + encode(q), token);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return ((jakarta.json.JsonArray) response.json()).getValuesAs(JsonObject.class);
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static long count(String query) throws SQLException {
    try (Connection db = database();
        PreparedStatement statement = db.prepareStatement(query);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  // --- alerts ---

  /** An owner of 钱塘明珠苑, a project of huayuan no other test files tickets in. */
  static final String QIANTANG_OWNER = "13757117771";

  @Test
  void alerts_a_project_slow_to_answer_three_days_running_turns_red_and_tells_its_managers_once_per_episode()
      throws Exception {
    String agent = api.staffToken("huayuan", "agent.qiantang", DEMO_PASSWORD);
    String manager = api.staffToken("huayuan", "pm.qiantang", DEMO_PASSWORD);
    long household = householdOf("huayuan", QIANTANG_OWNER);
    long project = projectId("huayuan", "qiantang");
    List<Long> tickets = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      tickets.add(api.post("/api/tickets", agent, "{\"householdId\": " + household
          + ", \"category\": \"repair\", \"title\": \"预警测试 " + i + "\"}").object().getJsonNumber("id").longValue());
    }
    Instant now = Instant.now();
    answerAfter(tickets, now, Duration.ofHours(3));

    awaitResponseRule(manager, project, "RED");
    JsonObject rule = responseRule(manager, project);
    assertThat(rule.getJsonObject("reason").getString("zh"))
        .isEqualTo("连续 3 天平均响应超过 2 小时（3.0 / 3.0 / 3.0 小时）");
    assertThat(rule.getJsonObject("name").getString("zh")).isEqualTo("响应时长");
    assertThat(rule.getString("redSince")).isNotBlank();
    assertThat(awaitMail("director@huayuan.example.cn", "钱塘明珠苑 · 响应时长").getSubject())
        .isEqualTo("【邻里】【预警】钱塘明珠苑 · 响应时长：连续 3 天平均响应超过 2 小时（3.0 / 3.0 / 3.0 小时）");
    String director = api.staffToken("huayuan", "director", DEMO_PASSWORD);

    awaitChecks(2); // still red: nobody is told again
    assertThat(responseAlerts(manager)).isEqualTo(1);
    assertThat(responseAlerts(director)).isEqualTo(1);

    answerAfter(tickets, now, Duration.ofMinutes(30));
    awaitResponseRule(manager, project, "GREEN");
    answerAfter(tickets, now, Duration.ofHours(3));
    awaitResponseRule(manager, project, "RED");

    assertThat(responseAlerts(manager)).as("a new episode, told again").isEqualTo(2);
    JsonObject alerts = api.get("/api/alerts/projects/" + project, manager).object();
    List<JsonObject> episodes = alerts.getJsonArray("episodes").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("rule").equals("RESPONSE_TIME")).toList();
    assertThat(episodes).hasSize(2);
    assertThat(episodes.get(0).getOrDefault("closedAt", jakarta.json.JsonValue.NULL)).as("the newest is open")
        .isEqualTo(jakarta.json.JsonValue.NULL);
    assertThat(episodes.get(1).getString("closedAt")).isNotBlank();
    assertThat(episodes.get(0).getInt("notified")).as("the project manager and the regional director").isEqualTo(2);
    assertThat(alerts.getJsonObject("standing").getString("signal")).isEqualTo("RED");

    String lanting = admin("lanting");
    assertThat(api.get("/api/alerts/projects/" + project, lanting).status()).isEqualTo(404);
    assertThat(api.get("/api/alerts", lanting).body()).doesNotContain("钱塘", "\"projectId\":" + project + ",");
    assertThat(api.get("/api/alerts/projects/" + projectId("huayuan", "xixi"), manager).status())
        .as("a project the manager does not work in").isEqualTo(404);

    try (ConsoleInBrowser browser = new ConsoleInBrowser(base, 1280)) {
      browser.signIn("login", "huayuan", "admin", DEMO_PASSWORD);
      browser.open("console/alerts");
      browser.awaitText("alert-projects", "连续 3 天平均响应超过 2 小时");
      assertThat(browser.text("alert-projects")).contains("钱塘明珠苑", "红灯", "响应时长：");
      assertThat(browser.text("alert-rules")).contains("预警阈值");
      browser.screenshot("alerts-huayuan-admin");
    }
  }

  @Test
  void alerts_the_admin_sets_the_limits_and_a_value_out_of_range_is_a_400_naming_its_field() {
    assertThat(api.get("/api/alerts/rules", admin("huayuan")).object().getInt("badReviewPercent"))
        .as("from huayuan's alerts.yaml").isEqualTo(15);
    String admin = admin("lanting");
    String rules = "{\"responseHours\": 1.5, \"responseDays\": 2, \"complaintRisePercent\": 60,"
        + " \"badReviewPercent\": 25, \"acknowledgementPercent\": %d, \"breachesPerDay\": 8}";

    Response outOfRange = api.put("/api/alerts/rules", admin, rules.formatted(120));
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.object().getString("detail")).startsWith("acknowledgementPercent:");
    Response missing = api.put("/api/alerts/rules", admin, "{\"responseHours\": 2}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("responseDays", "breachesPerDay");
    assertThat(api.put("/api/alerts/rules", api.staffToken("lanting", "steward.jianhu1", DEMO_PASSWORD),
        rules.formatted(90)).status()).isEqualTo(403);

    Response changed = api.put("/api/alerts/rules", admin, rules.formatted(85));
    assertThat(changed.status()).isEqualTo(200);
    JsonObject now = api.get("/api/alerts/rules", api.staffToken("lanting", "steward.jianhu1", DEMO_PASSWORD))
        .object();
    assertThat(now.getJsonNumber("responseHours").doubleValue()).isEqualTo(1.5);
    assertThat(now.getInt("acknowledgementPercent")).isEqualTo(85);
    assertThat(((jakarta.json.JsonArray) api.get("/api/alerts", admin).json()).getJsonObject(0).getString("signal"))
        .as("checked at once").isNotEqualTo("NONE");
  }

  /** Sets the tickets' response clocks: answered after {@code took}, one today, one yesterday, one the day before. */
  private static void answerAfter(List<Long> tickets, Instant now, Duration took) throws SQLException {
    for (int i = 0; i < tickets.size(); i++) {
      Instant answered = now.minus(Duration.ofDays(i)).minusSeconds(60);
      updateClock(tickets.get(i), "RESPONSE", "started_at = ?, stopped_at = ?, paused_seconds = 0,"
          + " next_check_at = NULL", answered.minus(took), answered);
    }
  }

  private JsonObject responseRule(String token, long project) {
    return ((jakarta.json.JsonArray) api.get("/api/alerts", token).json()).getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getJsonNumber("projectId").longValue() == project).findFirst().orElseThrow()
        .getJsonArray("rules").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("rule").equals("RESPONSE_TIME")).findFirst().orElse(null);
  }

  private void awaitResponseRule(String token, long project, String signal) throws InterruptedException {
    await("the response rule " + signal, () -> {
      JsonObject rule = responseRule(token, project);
      return rule != null && rule.getString("signal").equals(signal);
    });
  }

  /** @return how many alerts about 钱塘明珠苑's response times the person was sent */
  private long responseAlerts(String token) {
    return ((jakarta.json.JsonArray) api.get("/api/notifications", token).json()).getValuesAs(JsonObject.class)
        .stream().filter(n -> n.getString("kind").equals("ALERT") && n.getString("text").contains("钱塘明珠苑 · 响应时长"))
        .count();
  }

  /** Waits until huayuan's projects were checked {@code times} more. */
  private static void awaitChecks(int times) throws Exception {
    for (int i = 0; i < times; i++) {
      String before = column("select checked_at from alert_check where tenant_id = 'huayuan'");
      await("another check", () -> !before.equals(uncheckedColumn(
          "select checked_at from alert_check where tenant_id = 'huayuan'")));
    }
  }

  // --- resident profile (客户画像) ------------------------------------------------------------------------------

  @Test
  void tagsANewRepairMakesAFrequentRepairerAndStaffTagTheHouseholdByHandOnItsPage() throws Exception {
    String phone = "13857113206"; // 西溪雅苑 1号楼 1-201, filed for by no other test
    long household = householdOf("huayuan", phone);
    String owner = api.residentToken("huayuan", phone, DEMO_PASSWORD);
    String pm = api.staffToken("huayuan", "pm.xixi", DEMO_PASSWORD);
    String tags = "/api/households/" + household + "/tags";
    for (String title : List.of("厨房水龙头漏水", "卫生间墙面渗水")) {
      assertThat(api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"" + title + "\"}")
          .status()).isEqualTo(201);
    }
    Thread.sleep(1500); // the recomputation after the second repair has had its time
    assertThat(repairsOf(household)).isEqualTo(2);
    assertThat(api.get(tags, pm).body()).doesNotContain("FREQUENT_REPAIRER");

    assertThat(api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"阳台推拉门卡住\"}")
        .status()).isEqualTo(201);
    await("常报修 after the third repair", () -> api.get(tags, pm).body().contains("\"FREQUENT_REPAIRER\""));

    String steward = api.staffToken("huayuan", "steward.xixi1", DEMO_PASSWORD); // 1号楼 and 2号楼
    Response tagged = api.post(tags, steward, "{\"tag\": \" VIP \"}");
    assertThat(tagged.status()).as(tagged.body()).isEqualTo(201);
    assertThat(tagged.object().getJsonArray("tags").getValuesAs(JsonObject.class))
        .anyMatch(t -> t.getString("tag").equals("VIP") && t.getString("source").equals("MANUAL")
            && t.getJsonObject("addedBy").getString("name").equals("卢嘉豪"));
    Response blank = api.post(tags, steward, "{\"tag\": \" \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("tag");
    assertThat(api.post(tags, steward, "{\"tag\": \"FREQUENT_REPAIRER\"}").body()).contains("tag: ");
    assertThat(api.post(tags, api.staffToken("huayuan", "tech.xixi1", DEMO_PASSWORD), "{\"tag\": \"X\"}")
        .status()).isEqualTo(403);
    assertThat(api.delete(tags + "/VIP", steward).status()).isEqualTo(200);
    assertThat(api.get(tags, pm).body()).doesNotContain("\"VIP\"");
    assertThat(api.delete(tags + "/VIP", steward).status()).isEqualTo(404);
    assertThat(api.delete(tags + "/FREQUENT_REPAIRER", steward).status()).as("a rule tag is not removed by hand")
        .isEqualTo(404);
    api.put("/api/households/" + household + "/special-care", steward,
        "{\"flags\": [\"ELDERLY_ALONE\"], \"note\": \"蒋阿姨，82 岁，子女不在身边\"}");

    try (ConsoleInBrowser browser = new ConsoleInBrowser(base, 1366)) {
      browser.signIn("login", "huayuan", "steward.xixi1", DEMO_PASSWORD);
      browser.open("console/households/" + household);
      browser.awaitText("household-tags", "常报修");
      browser.type("tag-new", "热心业主");
      browser.click("tag-add");
      browser.awaitText("household-tags", "热心业主");
      assertThat(browser.text("household-care")).contains("独居老人", "仅公司管理员、项目经理和本楼栋管家可见");
      browser.screenshot("household-tags");
      browser.open("console/residents"); // no criteria: every household of the steward's buildings
      browser.click("filter-preview");
      browser.awaitText("filter-matches", "符合条件的住户");
      browser.awaitText("filter-households", "1-201");
      browser.screenshot("resident-filter");
    }
    assertThat(api.get(tags, pm).body()).contains("热心业主");
  }

  @Test
  void tagsSpecialCareIsSeenByTheProjectManagerButNotByATechnicianOrAnAgent() {
    long household = householdOf("huayuan", "13857148471"); // 1号楼 1-202
    String careUrl = "/api/households/" + household + "/special-care";
    String steward = api.staffToken("huayuan", "steward.xixi1", DEMO_PASSWORD);
    Response set = api.put(careUrl, steward, "{\"flags\": [\"PREGNANT\"], \"note\": \"罗太太预产期 1 月\"}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);

    JsonObject byManager = api.get("/api/households/" + household + "/tags",
        api.staffToken("huayuan", "pm.xixi", DEMO_PASSWORD)).object();
    assertThat(byManager.getJsonArray("specialCare").getJsonObject(0).getString("kind")).isEqualTo("PREGNANT");
    for (String other : List.of("tech.xixi1", "agent.xixi")) {
      String token = api.staffToken("huayuan", other, DEMO_PASSWORD);
      Response seen = api.get("/api/households/" + household + "/tags", token);
      assertThat(seen.status()).as(other).isEqualTo(200);
      assertThat(seen.object().containsKey("specialCare")).as(other).isFalse();
      assertThat(seen.body()).as(other).doesNotContain("PREGNANT", "预产期");
      assertThat(api.put(careUrl, token, "{\"flags\": []}").status()).as(other).isEqualTo(403);
      assertThat(api.post("/api/resident-filters", token, "{\"name\": \"孕妇-" + other + "\", \"specialCare\":"
          + " [\"PREGNANT\"]}").status()).as(other + " filtering on special care").isEqualTo(403);
    }
    assertThat(api.put(careUrl, api.staffToken("huayuan", "steward.xixi2", DEMO_PASSWORD), "{\"flags\": []}")
        .status()).as("the steward of other buildings").isEqualTo(404);
    Response bad = api.put(careUrl, steward, "{\"flags\": [\"VIP\"]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("flags");
  }

  @Test
  void tagsASavedFilterAsANoticeAudienceReachesExactlyTheMatchingHouseholds() throws SQLException {
    String admin = admin("huayuan");
    long first = householdOf("huayuan", "13657135958");
    long project = api.get("/api/households/" + first, admin).object().getJsonNumber("projectId").longValue();
    long second = householdOf("huayuan", "13557133796");
    long excluded = householdOf("huayuan", "13657160550");
    for (long h : List.of(first, second, excluded)) {
      api.post("/api/households/" + h + "/tags", admin, "{\"tag\": \"楼长\"}");
    }
    api.post("/api/households/" + excluded + "/tags", admin, "{\"tag\": \"谢绝打扰\"}");
    String pm = api.staffToken("huayuan", "pm.xixi", DEMO_PASSWORD);
    String filter = "{\"name\": \"西溪雅苑楼长\", \"projectId\": " + project
        + ", \"withTags\": [\"楼长\"], \"withoutTags\": [\"谢绝打扰\"]}";

    Response saved = api.post("/api/resident-filters", pm, filter);
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    assertThat(saved.object().getJsonNumber("households").longValue()).isEqualTo(2);
    long filterId = saved.object().getJsonNumber("id").longValue();
    assertThat(api.post("/api/resident-filters", pm, filter).body()).as("the name is taken").contains("name");
    assertThat(((jakarta.json.JsonArray) api.get("/api/resident-filters/" + filterId + "/households", pm).json())
        .getValuesAs(JsonObject.class).stream().map(h -> h.getJsonNumber("id").longValue()).toList())
        .containsExactlyInAnyOrder(first, second);

    Response notice = api.post("/api/notices", pm, "{\"title\": \"楼长座谈会通知\", \"body\": \"<p>本周六上午十点"
        + "在物业中心召开楼长座谈会。</p>\", \"severity\": \"NORMAL\", \"filterId\": " + filterId + "}");
    assertThat(notice.status()).as(notice.body()).isEqualTo(201);
    assertThat(notice.object().getString("audience")).isEqualTo("SEGMENT");
    assertThat(notice.object().getString("filter")).isEqualTo("西溪雅苑楼长");
    assertThat(notice.object().getJsonNumber("households").longValue()).isEqualTo(2);
    List<Long> reached = new ArrayList<>();
    try (Connection db = database();
        PreparedStatement query = db.prepareStatement("select household_id from notice_receipt where notice_id = ?")) {
      query.setLong(1, notice.object().getJsonNumber("id").longValue());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          reached.add(rows.getLong(1));
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void tagsAnotherTenantsHouseholdAndFilterAre404() {
    String huayuan = admin("huayuan");
    long household = householdOf("huayuan", OWNER_PHONE);
    api.post("/api/households/" + household + "/tags", huayuan, "{\"tag\": \"隔离测试\"}");
    long filterId = api.post("/api/resident-filters", huayuan, "{\"name\": \"隔离测试分群\", \"withTags\":"
        + " [\"隔离测试\"]}").object().getJsonNumber("id").longValue();
    String lanting = admin("lanting");

    assertThat(api.post("/api/households/" + household + "/tags", lanting, "{\"tag\": \"越权\"}").status())
        .isEqualTo(404);
    assertThat(api.delete("/api/households/" + household + "/tags/" + encode("隔离测试"), lanting).status())
        .isEqualTo(404);
    assertThat(api.put("/api/households/" + household + "/special-care", lanting, "{\"flags\": [\"DISABLED\"]}")
        .status()).isEqualTo(404);
    Response foreign = api.get("/api/resident-filters/" + filterId + "/households", lanting);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain("华苑", "隔离测试分群");
    assertThat(api.get("/api/resident-filters", lanting).body()).doesNotContain("隔离测试分群");
    assertThat(api.post("/api/notices", lanting, "{\"title\": \"越权公告\", \"body\": \"<p>测试</p>\","
        + " \"severity\": \"NORMAL\", \"filterId\": " + filterId + "}").status()).isEqualTo(404);
    assertThat(api.get("/api/households/" + household + "/tags", huayuan).body()).contains("隔离测试")
        .doesNotContain("越权");
  }

  private static long repairsOf(long household) throws SQLException {
    return count("select count(*) from ticket where category = 'repair' and household_id = " + household);
  }

  // --- bulk import ---

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String YUEHAI_PASSWORD = "yuehai-2026-start";

  @Test
  void import_a_roll_with_good_and_bad_rows_is_reported_exactly_and_again_duplicates_nothing() throws Exception {
    String admin = yuehaiAdmin();
    Map<String, Long> before = rowCounts("yuehai");
    String address = "深圳市南山区望海路 1 号";
    byte[] roll = roll(List.of(
        List.of("sz", "深圳区域", "haijing", "海景花园", address, "1", "1栋", "1-101", 89.5, "张伟", "13800000001", "业主"),
        List.of("sz", "深圳区域", "haijing", "海景花园", address, "1", "1栋", "1-101", 89.5, "王芳", "13800000002", "家属"),
        List.of("sz", "深圳区域", "haijing", "海景花园", address, "1", "1栋", "1-102", 120.0),
        List.of("sz", "深圳区域", "haijing", "海景花园", address, "1", "1栋", "1-103", 95.0, "李娜", "1380000", "业主"),
        List.of("sz", "深圳区域", "haijing", "海景花园", address, "1", "1栋", "1-104", -5.0, "赵强", "13800000006", "朋友"),
        List.of("sz", "深圳", "haijing", "海景花园", address, "1", "1栋", "1-105", 88.0, "孙丽", "13800000007", "业主"),
        List.of("sz", "深圳区域", "haijing", "海景花园", address, "1", "1栋", "1-106", 90.0, "李四", "13800000001", "业主")));
    List<String> expectedErrors = List.of(
        "5 手机号 手机号格式不正确，应为 11 位手机号码（如 13812345678）",
        "6 建筑面积 建筑面积应为大于 0 的数字（单位：平方米，最多两位小数）",
        "6 关系 关系只能填写：业主、家属、租户",
        "7 区域名称 同一区域编码在第 2 行的区域名称为“深圳区域”，两处须一致",
        "8 手机号 该手机号已在第 2 行登记给 张伟，同一手机号只能对应一人");

    Response started = api.postBytes("/api/imports?fileName=" + java.net.URLEncoder.encode("海景花园住户.xlsx",
        java.nio.charset.StandardCharsets.UTF_8), admin, XLSX, roll);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long first = started.object().getJsonNumber("id").longValue();
    JsonObject done = awaitImport(first, admin);
    assertThat(done.getString("fileName")).isEqualTo("海景花园住户.xlsx");
    assertThat(importCounts(done)).containsExactly(7, 7, 3, 0, 0, 4);
    assertThat(importErrors(done)).containsExactlyElementsOf(expectedErrors);
    assertThat(api.get("/api/projects", admin).body()).contains("haijing", "海景花园", address);
    long project = firstId(api.get("/api/projects", admin));
    assertThat(api.get("/api/projects/" + project + "/buildings", admin).body()).contains("1栋");
    assertThat(delta(before, rowCounts("yuehai"))).containsEntry("region", 1L).containsEntry("project", 1L)
        .containsEntry("building", 1L).containsEntry("household", 2L).containsEntry("resident", 2L);

    Map<String, Long> afterFirst = rowCounts("yuehai");
    JsonObject again = awaitImport(api.postBytes("/api/imports", admin, XLSX, roll).object()
        .getJsonNumber("id").longValue(), admin);
    assertThat(importCounts(again)).containsExactly(7, 7, 0, 0, 3, 4);
    assertThat(importErrors(again)).containsExactlyElementsOf(expectedErrors);
    assertThat(rowCounts("yuehai")).isEqualTo(afterFirst);

    RestClient.Download rejected = api.download("/api/imports/" + first + "/errors.xlsx", admin, "zh-CN");
    assertThat(rejected.status()).isEqualTo(200);
    byte[] fixed;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rejected.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("错误原因");
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      assertThat(sheet.getRow(2).getCell(12).getStringCellValue())
          .isEqualTo("建筑面积：建筑面积应为大于 0 的数字（单位：平方米，最多两位小数）；关系：关系只能填写：业主、家属、租户");
      // new cells, as Excel writes them: POI keeps a streamed inline string over a value set on it
      sheet.getRow(1).createCell(10).setCellValue("13800000005");
      sheet.getRow(2).createCell(8).setCellValue("95");
      sheet.getRow(2).createCell(11).setCellValue("租户");
      sheet.getRow(3).createCell(1).setCellValue("深圳区域");
      sheet.getRow(4).createCell(10).setCellValue("13800000008");
      var moved = sheet.createRow(5); // 张伟's unit remeasured: an update, not a new household
      List<Object> remeasured = List.of("sz", "深圳区域", "haijing", "海景花园", address, "1", "1栋", "1-101", "90", "张伟",
          "13800000001", "业主");
      for (int i = 0; i < remeasured.size(); i++) {
        moved.createCell(i).setCellValue(remeasured.get(i).toString());
      }
      var out = new java.io.ByteArrayOutputStream();
      workbook.write(out);
      fixed = out.toByteArray();
    }
    JsonObject corrected = awaitImport(api.postBytes("/api/imports", admin, XLSX, fixed).object()
        .getJsonNumber("id").longValue(), admin);
    assertThat(importCounts(corrected)).as(corrected.toString()).containsExactly(5, 5, 4, 1, 0, 0);
    assertThat(delta(afterFirst, rowCounts("yuehai"))).containsEntry("household", 4L).containsEntry("resident", 4L)
        .containsEntry("region", 0L);

    for (String other : List.of(admin("lanting"), admin("huayuan"))) {
      assertThat(api.get("/api/imports/" + first, other).status()).isEqualTo(404);
      assertThat(api.download("/api/imports/" + first + "/errors.xlsx", other, "zh-CN").status()).isEqualTo(404);
      assertThat(api.get("/api/projects", other).body()).doesNotContain("海景花园");
    }
    Response notXlsx = api.postBytes("/api/imports", admin, XLSX,
        "区域编码,区域名称\nsz,深圳区域\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(notXlsx.status()).isEqualTo(415);
    assertThat(notXlsx.contentType()).startsWith("application/problem+json");
    assertThat(api.postBytes("/api/imports", admin, "text/csv", roll).status()).isEqualTo(415);
    assertThat(api.postBytes("/api/imports", api.staffToken("huayuan", "steward.xixi1", DEMO_PASSWORD), XLSX, roll)
        .status()).isEqualTo(403);
    RestClient.Download template = api.download("/api/imports/template", admin, "zh-CN");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("区域编码");
    }
  }

  @Test
  void import_in_the_console_an_admin_uploads_a_roll_and_watches_the_progress_bar_finish() throws Exception {
    yuehaiAdmin();
    List<List<Object>> rows = new ArrayList<>();
    for (int unit = 1; unit <= 300; unit++) { // two chunks
      rows.add(List.of("gz", "广州区域", "baiyun", "白云花园", "广州市白云区云城西路 8 号", "2", "2栋", "2-" + (100 + unit),
          90.0 + unit % 40, "住户" + unit, String.format("139%08d", unit), unit % 3 == 0 ? "家属" : "业主"));
    }
    rows.add(List.of("gz", "广州区域", "baiyun", "白云花园", "广州市白云区云城西路 8 号", "2", "2栋", "2-999", 90.0, "钱多",
        "139", "业主"));
    Path file = Files.createTempFile("白云花园住户-", ".xlsx");
    Files.write(file, roll(rows));
    try (ConsoleInBrowser console = new ConsoleInBrowser(base, 1280)) {
      console.signIn("login", "yuehai", "admin", YUEHAI_PASSWORD);
      console.clickOn("#nav-admin vaadin-menu-bar-button", "管理");
      console.clickOn("vaadin-menu-bar-item", "批量导入");
      assertThat(console.text("import-template")).isEqualTo("下载导入模板（Excel）");
      console.choose("import-upload", file);
      console.awaitText("import-status", "导入完成，共 301 行");
      assertThat(console.text("import-inserted")).isEqualTo("300");
      assertThat(console.text("import-failed")).isEqualTo("1");
      assertThat(console.script("return document.getElementById('import-progress').value")).hasToString("100");
      console.awaitText("import-errors", "手机号格式不正确");
      assertThat(console.text("import-errors-download")).startsWith("下载未导入的行");
      console.screenshot("import-console-1280");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** 悦海物业, a company of its own for the import tests (they add rows the demo tenants' counts must not see). */
  private String yuehaiAdmin() {
    Response created = api.post("/api/operator/tenants", operator(), """
        {"id": "yuehai", "nameZh": "悦海物业", "nameEn": "Yuehai Property", "theme": "lanting",
         "adminUsername": "admin", "adminName": "陈静", "adminPassword": "%s"}""".formatted(YUEHAI_PASSWORD));
    assertThat(created.status()).isIn(201, 409);
    return api.staffToken("yuehai", "admin", YUEHAI_PASSWORD);
  }

  /** An import of one bad row: a job of the tenant's that writes nothing. */
  private long rejectedImport(String token) {
    Response started = api.postBytes("/api/imports", token, XLSX, roll(List.of(
        List.of("iso", "隔离测试区域", "iso", "隔离测试项目", "", "1", "1栋", "1-101", 90.0, "隔离", "1", "业主"))));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    return started.object().getJsonNumber("id").longValue();
  }

  /** A roll with the template's Chinese headers; a Double is a numeric cell. */
  private static byte[] roll(List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("住户");
      List<String> header = List.of("区域编码", "区域名称", "项目编码", "项目名称", "地址", "楼栋编码", "楼栋名称", "房号", "建筑面积",
          "业主姓名", "手机号", "关系");
      var first = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        first.createCell(i).setCellValue(header.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int i = 0; i < rows.get(r).size(); i++) {
          Object value = rows.get(r).get(i);
          if (value instanceof Double number) {
            row.createCell(i).setCellValue(number);
          } else {
            row.createCell(i).setCellValue(value.toString());
          }
        }
      }
      var out = new java.io.ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private JsonObject awaitImport(long id, String token) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      JsonObject job = api.get("/api/imports/" + id, token).object();
      if (!"RUNNING".equals(job.getString("status"))) {
        assertThat(job.getString("status")).isEqualTo("DONE");
        return job;
      }
      assertThat(Instant.now()).as("import " + id + " done").isBefore(deadline);
      Thread.sleep(200);
    }
  }

  /** total, done, inserted, updated, unchanged, failed */
  private static List<Integer> importCounts(JsonObject job) {
    return List.of(job.getInt("totalRows"), job.getInt("doneRows"), job.getInt("inserted"), job.getInt("updated"),
        job.getInt("unchanged"), job.getInt("failed"));
  }

  private static List<String> importErrors(JsonObject job) {
    return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getInt("row") + " " + e.getString("column") + " " + e.getString("reason")).toList();
  }

  private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> delta = new LinkedHashMap<>();
    after.forEach((table, count) -> delta.put(table, count - before.getOrDefault(table, 0L)));
    return delta;
  }

  // --- security and concurrency (issue 7) -----------------------------------------------------------------------

  @Test
  void pages_and_the_api_forbid_framing_sniffing_and_scripts_from_elsewhere_and_https_gets_hsts() {
    Response api = this.api.get("/api/me", null);
    Response overHttps = this.api.post("/api/auth/token", null, "{}", "X-Forwarded-Proto", "https");
    Response page = this.api.get("/console", null);

    assertThat(api.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'; sandbox");
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'",
        "object-src 'none'", "connect-src 'self'");
    assertThat(List.of(api, page, overHttps)).allSatisfy(r -> {
      assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    });
    assertThat(api.header("Strict-Transport-Security")).isNull();
    assertThat(overHttps.header("Strict-Transport-Security")).startsWith("max-age=31536000");
  }

  @Test
  void changing_the_password_revokes_every_earlier_token_and_the_new_one_works() {
    String first = api.staffToken("lanting", "steward.guyue2", DEMO_PASSWORD);
    String second = api.staffToken("lanting", "steward.guyue2", DEMO_PASSWORD);
    String change = "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}";
    try {
      Response weak = api.put("/api/me/password", first, change.formatted(DEMO_PASSWORD, "123"));
      Response wrong = api.put("/api/me/password", first, change.formatted("not-it", "古月二期-管家-2026"));
      Response changed = api.put("/api/me/password", first, change.formatted(DEMO_PASSWORD, "古月二期-管家-2026"));

      assertThat(weak.status()).isEqualTo(400);
      assertThat(weak.body()).contains("newPassword");
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);
      String renewed = changed.object().getString("access_token");
      assertThat(api.get("/api/me", first).status()).isEqualTo(401);
      assertThat(api.get("/api/me", second).status()).isEqualTo(401);
      assertThat(api.get("/api/me", renewed).status()).isEqualTo(200);
      assertThat(signIn("lanting", "steward.guyue2", DEMO_PASSWORD).status()).isEqualTo(401);
      assertThat(api.get("/api/audit?action=password&actorId=" + staffId("lanting", "steward.guyue2"),
          admin("lanting")).body()).contains("\"password.change\"");
    } finally {
      String now = api.staffToken("lanting", "steward.guyue2", "古月二期-管家-2026");
      assertThat(api.put("/api/me/password", now, change.formatted("古月二期-管家-2026", DEMO_PASSWORD)).status())
          .isEqualTo(200);
    }
  }

  @Test
  void the_admin_reads_who_signed_in_and_changed_a_ticket_and_no_one_else_can() {
    Response refused = signIn("huayuan", "agent.xixi", "not-the-password");
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    long id = api.post("/api/tickets", agent, "{\"householdId\": " + householdOf("huayuan", OWNER_PHONE)
        + ", \"category\": \"repair\", \"title\": \"审计：信报箱门坏了\"}").object().getJsonNumber("id").longValue();
    act(id, agent, "{\"action\": \"DISPATCH\", \"assigneeId\": " + staffId("huayuan", "tech.xixi1") + "}",
        "DISPATCHED");

    Response trail = api.get("/api/audit?subjectType=ticket&subjectId=" + id, admin("huayuan"));
    Response signIns = api.get("/api/audit?action=sign-in&actorId=" + staffId("huayuan", "agent.xixi") + "&limit=20",
        admin("huayuan"));

    assertThat(refused.status()).isEqualTo(401);
    assertThat(trail.status()).isEqualTo(200);
    List<JsonObject> entries = trail.object().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(entries).extracting(e -> e.getString("action")).containsExactly("ticket.dispatch", "ticket.file");
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.getJsonObject("actor").getString("name")).isEqualTo(api.get("/api/me", agent).object()
          .getString("name"));
      assertThat(e.getString("clientAddress")).isNotBlank();
    });
    assertThat(signIns.body()).contains("\"sign-in\"", "\"sign-in.refused\"");
    assertThat(api.get("/api/audit?subjectType=ticket&subjectId=" + id, admin("lanting")).object()
        .getJsonArray("items")).isEmpty();
    assertThat(api.get("/api/audit", agent).status()).isEqualTo(403);
    assertThat(api.delete("/api/audit", admin("huayuan")).status()).isEqualTo(405);
    assertThat(api.get("/api/audit?limit=5000", admin("huayuan")).status()).isEqualTo(400);
  }

  @Test
  void a_technician_works_only_their_own_tickets_and_never_closes_one() {
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    long id = api.post("/api/tickets", agent, "{\"householdId\": " + householdOf("huayuan", OWNER_PHONE)
        + ", \"category\": \"repair\", \"title\": \"阳台地漏堵塞\"}").object().getJsonNumber("id").longValue();
    act(id, agent, "{\"action\": \"DISPATCH\", \"assigneeId\": " + staffId("huayuan", "tech.xixi1") + "}",
        "DISPATCHED");
    String assigned = api.staffToken("huayuan", "tech.xixi1", DEMO_PASSWORD);
    String other = api.staffToken("huayuan", "tech.xixi2", DEMO_PASSWORD);

    Response byOther = api.post("/api/tickets/" + id + "/actions", other, "{\"action\": \"START\"}");
    act(id, assigned, "{\"action\": \"START\"}", "IN_PROGRESS");
    act(id, assigned, "{\"action\": \"RESOLVE\", \"text\": \"已疏通\"}", "RESOLVED");
    Response closing = api.post("/api/tickets/" + id + "/actions", assigned, "{\"action\": \"CLOSE\"}");

    assertThat(byOther.status()).as(byOther.body()).isIn(403, 404);
    assertThat(closing.status()).isEqualTo(403);
    assertThat(closing.contentType()).startsWith("application/problem+json");
    assertThat(timelineActions(id, agent)).containsExactly("FILE", "DISPATCH", "START", "RESOLVE");
  }

  @Test
  void a_password_changed_in_the_console_signs_the_other_browser_out_and_the_admin_reads_it_in_the_audit_log() {
    String changed = "古月一期-管家-2026";
    try (ConsoleInBrowser mine = new ConsoleInBrowser(base, 1280);
        ConsoleInBrowser other = new ConsoleInBrowser(base, 1280)) {
      mine.signIn("login", "lanting", "steward.guyue1", DEMO_PASSWORD);
      other.signIn("login", "lanting", "steward.guyue1", DEMO_PASSWORD);
      mine.click("change-password");
      mine.type("password-current", DEMO_PASSWORD);
      mine.type("password-new", changed);
      mine.type("password-confirm", changed);
      mine.screenshot("console-password-dialog");
      mine.click("password-save");
      mine.awaitPageText("密码已修改");

      other.open("console/tickets");
      mine.open("console/tickets");

      other.awaitScript("return location.pathname.startsWith('/login')"); // Vaadin forwards after it loads
      mine.awaitScript("return document.getElementById('ticket-queue') != null");
      assertThat(mine.currentPath()).startsWith("/console/tickets");
    } finally {
      String token = api.staffToken("lanting", "steward.guyue1", changed);
      assertThat(api.put("/api/me/password", token, "{\"currentPassword\": \"" + changed + "\", \"newPassword\": \""
          + DEMO_PASSWORD + "\"}").status()).isEqualTo(200);
    }
    try (ConsoleInBrowser admin = new ConsoleInBrowser(base, 1280);
        ConsoleInBrowser phone = new ConsoleInBrowser(base, 375)) {
      admin.signIn("login", "lanting", "admin", DEMO_PASSWORD);
      admin.open("console/audit");
      admin.awaitPageText("修改密码");
      admin.screenshot("console-audit-log");
      phone.signIn("portal/login", "lanting", LANTING_OWNER, DEMO_PASSWORD);
      phone.open("portal/preferences");
      phone.click("change-password");
      phone.awaitPageText("当前密码");
      phone.screenshot("portal-password-375");
    }
  }

  @Test
  void of_two_staff_editing_one_ticket_the_second_gets_409_and_overwrites_nothing() {
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    String manager = admin("huayuan");
    long id = api.post("/api/tickets", agent, "{\"householdId\": " + householdOf("huayuan", OWNER_PHONE)
        + ", \"category\": \"repair\", \"title\": \"厨房水龙头滴水\"}").object().getJsonNumber("id").longValue();
    Response seen = api.get("/api/tickets/" + id, agent);
    String etag = seen.header("ETag");
    String dispatch = "{\"action\": \"DISPATCH\", \"assigneeId\": %d}";

    Response first = api.post("/api/tickets/" + id + "/actions", agent,
        dispatch.formatted(staffId("huayuan", "tech.xixi1")), "If-Match", etag);
    Response second = api.post("/api/tickets/" + id + "/actions", manager,
        dispatch.formatted(staffId("huayuan", "tech.xixi2")), "If-Match", etag);
    Response malformed = api.post("/api/tickets/" + id + "/actions", manager, "{\"action\": \"COMMENT\","
        + " \"text\": \"x\"}", "If-Match", "\"yesterday\"");

    assertThat(etag).isEqualTo("\"" + seen.object().getJsonNumber("version").longValue() + "\"");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isNotEqualTo(etag);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.object().getString("detail")).contains("someone else changed it first");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(api.get("/api/tickets/" + id, agent).object().getJsonObject("assignee").getString("name"))
        .isEqualTo(first.object().getJsonObject("assignee").getString("name"));
    assertThat(timelineActions(id, agent)).containsExactly("FILE", "DISPATCH");
  }

  @Test
  void the_same_idempotency_key_sent_eight_times_at_once_files_one_ticket_and_every_replay_gets_it()
      throws Exception {
    String owner = api.residentToken("lanting", LANTING_OWNER, DEMO_PASSWORD);
    String body = "{\"category\": \"repair\", \"title\": \"同时重试：入户门锁坏了\"}";
    String key = "at-once-" + System.nanoTime();
    var start = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Response>> sent = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      sent.add(pool.submit(() -> {
        start.await();
        return api.post("/api/tickets", owner, body, "Idempotency-Key", key);
      }));
    }
    start.countDown();
    List<Response> answers = new java.util.ArrayList<>();
    for (var answer : sent) {
      answers.add(answer.get());
    }
    pool.shutdown();

    assertThat(answers).extracting(Response::status).as(answers.toString()).containsOnly(201, 200)
        .containsOnlyOnce(201);
    assertThat(answers).extracting(r -> r.object().getJsonNumber("id").longValue()).containsOnly(
        answers.get(0).object().getJsonNumber("id").longValue());
    try (Connection db = database();
        var count = db.prepareStatement("SELECT COUNT(*) FROM ticket WHERE tenant_id = 'lanting'"
            + " AND idempotency_key = ?")) {
      count.setString(1, key);
      var rows = count.executeQuery();
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }

  // --- isolation sweep ---

  @Test
  void isolation_every_endpoint_with_an_id_in_the_openapi_document_is_404_for_another_tenant_even_by_guessing()
      throws Exception {
    URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    JsonObject paths = new RestClient(root).get("/openapi?format=JSON", null).object().getJsonObject("paths");
    List<String> operations = new ArrayList<>();
    paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
        .filter(List.of("get", "put", "post", "delete", "patch")::contains)
        .forEach(method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));
    assertThat(operations).contains("GET /api/tickets/{id}");
    assertThat(IsolationCases.uncovered(operations))
        .as("add a case to IsolationCases for every new endpoint that takes an id").isEmpty();

    IsolationCases.TenantIds huayuan = idsOf("huayuan");
    List<String> huayuans = onlyIn("huayuan", "lanting");
    String huayuanAdmin = admin("huayuan");
    String lantingAdmin = admin("lanting");
    int guesses = 0;
    int lantingsOwn = 0;
    for (var endpoint : new java.util.TreeMap<>(IsolationCases.ENDPOINTS).entrySet()) {
      String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
      long id = endpoint.getValue().applyAsLong(huayuan);
      // huayuan reads first, so its entity is in EclipseLink's caches when lanting asks for it by id
      assertThat(call(method, path(endpoint.getKey(), id, huayuan), huayuanAdmin).status())
          .as("huayuan: " + endpoint.getKey()).isEqualTo(200);
      assertForeign(call(method, path(endpoint.getKey(), id, huayuan), lantingAdmin), huayuans,
          "lanting on huayuan's " + endpoint.getKey());
      for (long guess = id - 3; "GET".equals(method) && guess <= id + 3; guess++) {
        if (guess == id) {
          continue;
        }
        guesses++;
        Response guessed = call(method, path(endpoint.getKey(), guess, huayuan), lantingAdmin);
        if (guessed.status() == 200) { // the id is lanting's own: then it cannot be huayuan's as well
          lantingsOwn++;
          assertThat(guessed.body()).as("lanting's own " + endpoint.getKey() + " " + guess)
              .doesNotContain(huayuans);
          assertThat(call(method, path(endpoint.getKey(), guess, huayuan), huayuanAdmin).status())
              .as("huayuan on lanting's " + endpoint.getKey() + " " + guess).isEqualTo(404);
        } else {
          assertForeign(guessed, huayuans, "lanting guessing " + endpoint.getKey() + " " + guess);
        }
      }
    }
    System.out.printf("isolation sweep: %d operations in /openapi, %d with an id, %d called with another tenant's"
        + " ids, %d exempt; %d guessed ids (%d of them the caller's own)%n", operations.size(),
        operations.stream().filter(o -> o.contains("{")).count(), IsolationCases.ENDPOINTS.size(),
        IsolationCases.EXEMPT.size(), guesses, lantingsOwn);
  }

  @Test
  void isolation_pages_with_another_tenants_ids_are_not_found_and_show_none_of_its_data() {
    IsolationCases.TenantIds huayuan = idsOf("huayuan");
    List<String> huayuans = onlyIn("huayuan", "lanting");
    try (ConsoleInBrowser phone = new ConsoleInBrowser(base, 375);
        ConsoleInBrowser console = new ConsoleInBrowser(base, 1280)) {
      phone.signIn("portal/login", "lanting", LANTING_OWNER, DEMO_PASSWORD);
      console.signIn("login", "lanting", "admin", DEMO_PASSWORD);
      new java.util.TreeMap<>(IsolationCases.ROUTES).forEach((route, idOf) -> {
        ConsoleInBrowser browser = route.startsWith("portal/") ? phone : console;
        String page = IsolationCases.route(route, idOf.applyAsLong(huayuan));
        browser.open(page);
        assertThat(browser.text("not-found")).as(page).contains("页面不存在");
        assertThat((String) browser.script("return document.body.innerText")).as(page).doesNotContain(huayuans);
      });
      phone.screenshot("isolation-portal-ticket-of-another-tenant");
    }
    System.out.printf("isolation sweep: %d pages with another tenant's id, %d exempt%n", IsolationCases.ROUTES.size(),
        IsolationCases.ROUTE_EXEMPT.size());
  }

  @Test
  void isolation_two_tenants_reading_their_lists_at_once_each_see_only_their_own() throws Exception {
    Map<String, String> tokens = new LinkedHashMap<>();
    Map<String, List<String>> own = new LinkedHashMap<>();
    Map<String, String> timelines = new LinkedHashMap<>(); // a collection mapped one-to-many (eclipselink#1161)
    for (String tenant : List.of("huayuan", "lanting")) {
      String admin = admin(tenant);
      String marker = tenant + "并发隔离";
      long ticket = api.post("/api/tickets", api.residentToken(tenant, ownerPhone(tenant), DEMO_PASSWORD),
          "{\"category\": \"repair\", \"title\": \"" + marker + "工单\"}").object().getJsonNumber("id").longValue();
      api.post("/api/notices", admin, "{\"title\": \"" + marker + "公告\", \"body\": \"<p>测试</p>\","
          + " \"severity\": \"NORMAL\"}");
      tokens.put(tenant, admin);
      own.put(tenant, List.of(marker + "工单", marker + "公告"));
      timelines.put(tenant, "/api/tickets/" + ticket + "/timeline");
    }
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<?>> reads = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        String tenant = i % 2 == 0 ? "huayuan" : "lanting";
        String other = i % 2 == 0 ? "lanting" : "huayuan";
        int kind = i / 2 % 3;
        String list = List.of("/api/tickets?limit=100", "/api/notices", timelines.get(tenant)).get(kind);
        reads.add(pool.submit(() -> {
          String body = api.get(list, tokens.get(tenant)).body();
          assertThat(body).as(tenant + " " + list).contains(own.get(tenant).get(kind == 1 ? 1 : 0))
              .doesNotContain(own.get(other));
        }));
      }
      for (var read : reads) {
        read.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void isolation_a_detached_entity_carrying_another_tenants_id_does_not_reach_its_row() throws Exception {
    String owner = api.residentToken("huayuan", OWNER_PHONE, DEMO_PASSWORD);
    // a ticket (with a version) and a notice (without): huayuan's, both titled so
    Map<Class<?>, Long> huayuans = Map.of(
        io.linli.ticket.Ticket.class, api.post("/api/tickets", owner, "{\"category\": \"repair\","
            + " \"title\": \"华苑合并测试\"}").object().getJsonNumber("id").longValue(),
        io.linli.notice.Notice.class, api.post("/api/notices", admin("huayuan"), "{\"title\": \"华苑合并测试\","
            + " \"body\": \"<p>测试</p>\", \"severity\": \"NORMAL\"}").object().getJsonNumber("id").longValue());
    // EclipseLink outside the container, on the run's database, its SQL recorded with Payara's
    System.setProperty(io.linli.tenancy.SqlCapture.FILE, System.getProperty("linli.it.sql"));
    var factory = jakarta.persistence.Persistence.createEntityManagerFactory("linli", Map.of(
        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
        "jakarta.persistence.jtaDataSource", "",
        "jakarta.persistence.jdbc.url", System.getProperty("linli.it.db.url"),
        "jakarta.persistence.jdbc.user", "linli",
        "jakarta.persistence.jdbc.password", "linli",
        "eclipselink.weaving", "false"));
    Map<String, String> merged = new java.util.TreeMap<>();
    try {
      for (var entity : huayuans.entrySet()) {
        var huayuan = factory.createEntityManager(Map.of("eclipselink.tenant-id", "huayuan"));
        Object detached = huayuan.find(entity.getKey(), entity.getValue());
        huayuan.close(); // detached, carrying huayuan's id; and in the factory's caches, had they been shared
        var lanting = factory.createEntityManager(Map.of("eclipselink.tenant-id", "lanting"));
        assertThat(lanting.find(entity.getKey(), entity.getValue())).as("huayuan's, found by lanting").isNull();
        java.lang.reflect.Field title = entity.getKey().getDeclaredField("title");
        title.setAccessible(true);
        assertThat(title.get(detached)).isEqualTo("华苑合并测试");
        title.set(detached, "兰亭改写");
        lanting.getTransaction().begin();
        try {
          lanting.merge(detached);
          lanting.getTransaction().commit();
          merged.put(entity.getKey().getSimpleName(), "stored as a new row of lanting's");
        } catch (RuntimeException refused) {
          Throwable cause = refused;
          while (cause.getCause() != null) {
            cause = cause.getCause();
          }
          merged.put(entity.getKey().getSimpleName(), "refused: " + refused.getClass().getSimpleName() + " ("
              + cause.getMessage().lines().findFirst().orElse("") + ")");
        } finally {
          lanting.close();
        }
      }
    } finally {
      factory.close();
      System.clearProperty(io.linli.tenancy.SqlCapture.FILE);
    }
    for (var entity : huayuans.entrySet()) {
      String table = entity.getKey().getAnnotation(jakarta.persistence.Table.class).name();
      try (Connection db = database();
          PreparedStatement row = db.prepareStatement("select tenant_id, title from " + table + " where id = ?")) {
        row.setLong(1, entity.getValue());
        try (ResultSet stored = row.executeQuery()) {
          assertThat(stored.next()).isTrue();
          assertThat(stored.getString(1) + " " + stored.getString(2)).as(table).isEqualTo("huayuan 华苑合并测试");
        }
      }
    }
    System.out.println("isolation sweep: lanting's merge() of huayuan's detached entities: " + merged);
  }

  @Test
  void isolation_every_sql_statement_on_a_tenant_owned_table_is_bound_to_the_tenant() throws Exception {
    // background work: the SLA scanner escalates huayuan's overdue ticket, and tells huayuan's staff only
    String agent = api.staffToken("huayuan", "agent.xixi", DEMO_PASSWORD);
    long id = escalatedRepair(agent, "隔离测试升级");
    try (Connection db = database();
        PreparedStatement told = db.prepareStatement(
            "select distinct tenant_id from notification where text like ?")) {
      told.setString(1, "%工单 #" + id + "%");
      try (ResultSet tenants = told.executeQuery()) {
        List<String> found = new ArrayList<>();
        while (tenants.next()) {
          found.add(tenants.getString(1));
        }
        assertThat(found).as("tenants whose staff were told of huayuan's escalation").containsExactly("huayuan");
      }
    }
    assertSqlBoundToTenants();
    assertNoRowReferencesAnotherTenants();
  }

  /** Once more after every test of the run, so that the statements of those that ran after the check count too. */
  @org.junit.jupiter.api.AfterAll
  static void isolation_every_sql_statement_of_the_run_is_bound_to_the_tenant() throws Exception {
    if (System.getProperty("linli.it.sql") != null) {
      assertSqlBoundToTenants();
    }
  }

  /** Every statement recorded so far by {@link io.linli.tenancy.SqlCapture}, checked by {@link TenantSql}. */
  private static void assertSqlBoundToTenants() throws Exception {
    TenantSql.Tables tables = TenantSql.Tables.ofEntities();
    // and the tables only our native SQL writes (tallies, schedules): those with a tenant_id column
    java.util.Set<String> owned = new java.util.TreeSet<>(tables.tenantOwned());
    try (Connection db = database();
        ResultSet columns = db.createStatement().executeQuery("select table_name from information_schema.columns"
            + " where table_schema = database() and column_name = 'tenant_id'")) {
      while (columns.next()) {
        owned.add(columns.getString(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    owned.removeAll(tables.platform());
    List<String> statements = Files.readAllLines(Path.of(System.getProperty("linli.it.sql")));
    Map<String, Integer> exempt = new java.util.TreeMap<>();
    java.util.Set<String> seen = new java.util.TreeSet<>();
    java.util.Set<String> unbound = new java.util.TreeSet<>();
    for (String sql : new java.util.LinkedHashSet<>(statements)) {
      seen.addAll(TenantSql.tenantTables(sql, owned));
      var reason = TenantSql.exemption(sql);
      if (reason.isPresent()) {
        exempt.merge(reason.get(), 1, Integer::sum);
      } else if (!TenantSql.unbound(sql, owned).isEmpty()) {
        unbound.add(TenantSql.unbound(sql, owned) + ": " + sql);
      }
    }
    System.out.printf("isolation sweep: %d SQL statements (%d distinct) on %d of %d tenant-owned tables (%d of"
        + " them entities', %d platform tables exempt); exempt: %s%n", statements.size(),
        new java.util.HashSet<>(statements).size(), seen.size(), owned.size(), tables.tenantOwned().size(),
        tables.platform().size(), exempt);
    assertThat(seen).contains("ticket", "notice", "household", "notification");
    assertThat(unbound).as("statements on tenant-owned tables without the tenant").isEmpty();
  }

  /** Every reference between two tenant-owned tables (their foreign keys) stays within one tenant. */
  private static void assertNoRowReferencesAnotherTenants() throws SQLException {
    List<String> crossing = new ArrayList<>();
    int checked = 0;
    try (Connection db = database();
        ResultSet keys = db.createStatement().executeQuery("select k.table_name, k.column_name,"
            + " k.referenced_table_name from information_schema.key_column_usage k where k.table_schema = database()"
            + " and k.referenced_column_name = 'id' and exists (select 1 from information_schema.columns c where"
            + " c.table_schema = k.table_schema and c.table_name = k.referenced_table_name and c.column_name ="
            + " 'tenant_id') and exists (select 1 from information_schema.columns c where c.table_schema ="
            + " k.table_schema and c.table_name = k.table_name and c.column_name = 'tenant_id')")) {
      while (keys.next()) {
        String child = keys.getString(1);
        String column = keys.getString(2);
        String parent = keys.getString(3);
        checked++;
        try (ResultSet count = db.createStatement().executeQuery("select count(*) from " + child + " c join "
            + parent + " p on p.id = c." + column + " where p.tenant_id <> c.tenant_id")) {
          count.next();
          if (count.getLong(1) > 0) {
            crossing.add(child + "." + column + " → " + parent + ": " + count.getLong(1));
          }
        }
      }
    }
    System.out.printf("isolation sweep: %d references between tenant-owned tables, none across tenants%n", checked);
    assertThat(checked).isPositive();
    assertThat(crossing).as("rows referring to another tenant's").isEmpty();
  }

  /** @return the path of a case with {@code id} (and the tenant's photo for a photo's path) */
  private static String path(String endpoint, long id, IsolationCases.TenantIds ids) {
    return endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", String.valueOf(id))
        .replace("{photoId}", String.valueOf(ids.photo()));
  }

  private static void assertForeign(Response response, List<String> othersData, String what) {
    assertThat(response.status()).as(what).isEqualTo(404);
    assertThat(response.body()).as(what).doesNotContain(othersData);
  }

  /**
   * @return strings that only {@code tenant}'s data holds: its company's name, its projects' names, its owner's name
   *     and phone (those that {@code other}'s data happens to hold too left out)
   */
  private List<String> onlyIn(String tenant, String other) {
    List<String> found = new ArrayList<>();
    for (String of : List.of(tenant, other)) {
      JsonObject owner = api.get("/api/me", api.residentToken(of, ownerPhone(of), DEMO_PASSWORD)).object();
      String projects = api.get("/api/projects", admin(of)).body();
      if (of.equals(tenant)) {
        found.addAll(List.of(owner.getJsonObject("tenant").getJsonObject("name").getString("zh"),
            owner.getString("name"), ownerPhone(of)));
        ((jakarta.json.JsonArray) jakarta.json.Json.createReader(new java.io.StringReader(projects)).read())
            .getValuesAs(JsonObject.class).forEach(p -> found.add(p.getJsonObject("name").getString("zh")));
      } else {
        found.removeIf(s -> projects.contains(s) || owner.toString().contains(s));
      }
    }
    assertThat(found).hasSizeGreaterThan(3);
    return found;
  }

  // --- bad input ---

  /** The company the bad-input tests use (src/test/tenants/fuzzco), so their tickets and notices stay out of others'. */
  static final String FUZZ = "fuzzco";
  static final String FUZZ_OWNER = "13300009001";
  static final String FUZZ_OWNER_2 = "13300009002";

  /**
   * Malformed requests to every operation of the OpenAPI document, as the company admin and as an owner. The seed is
   * printed; {@code -Dlinli.fuzz.seed=…} runs the same requests again, {@code -Dlinli.fuzz.requests=…} more of them.
   */
  @Test
  void bad_input_ten_thousand_malformed_requests_to_every_operation_get_no_5xx_and_only_problem_bodies()
      throws Exception {
    long seed = Long.getLong("linli.fuzz.seed", 20261202L);
    int atLeast = Integer.getInteger("linli.fuzz.requests", 10_000);
    URI server = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    JsonObject openApi = new RestClient(server).get("/openapi", null).object();
    List<BadInput.Operation> operations = BadInput.operations(openApi);
    assertThat(operations).extracting(BadInput.Operation::key)
        .contains("POST /api/tickets", "POST /api/tickets/{id}/photos", "POST /api/imports", "POST /api/notices");

    String admin = api.staffToken(FUZZ, "admin", DEMO_PASSWORD);
    String owner = api.residentToken(FUZZ, FUZZ_OWNER, DEMO_PASSWORD);
    long project = firstId(api.get("/api/projects", admin));
    long household = householdOf(FUZZ, FUZZ_OWNER);
    long ticket = api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"水管滴水\"}").object()
        .getJsonNumber("id").longValue();
    Map<String, String> ids = new LinkedHashMap<>(Map.of(
        "/api/regions", String.valueOf(firstId(api.get("/api/regions", admin))),
        "/api/projects", String.valueOf(project),
        "/api/buildings", String.valueOf(firstId(api.get("/api/projects/" + project + "/buildings", admin))),
        "/api/households", String.valueOf(household),
        "/api/staff", String.valueOf(firstId(api.get("/api/staff", admin))),
        "/api/tickets", String.valueOf(ticket),
        "/api/notices", String.valueOf(api.post("/api/notices", admin, "{\"title\": \"测试公告\", \"body\": \"<p>测试</p>\","
            + " \"severity\": \"NORMAL\"}").object().getJsonNumber("id").longValue()),
        "/api/polls", String.valueOf(api.post("/api/polls", admin, pollDraft(project, "测试投票", "")).object()
            .getJsonNumber("id").longValue()),
        "/api/faq", String.valueOf(api.post("/api/faq", admin, "{\"question\": \"测试文章\", \"answer\": \"<p>测试</p>\"}")
            .object().getJsonNumber("id").longValue()),
        "/api/imports", String.valueOf(rejectedImport(admin))));
    ids.put("/api/resident-filters", String.valueOf(api.post("/api/resident-filters", admin,
        "{\"name\": \"测试分群\", \"projectId\": " + project + "}").object().getJsonNumber("id").longValue()));
    ids.put("/api/residents", String.valueOf(api.get("/api/me", owner).object().getJsonObject("resident")
        .getJsonNumber("id").longValue()));
    ids.put("/api/alerts/projects", String.valueOf(project));
    ids.put("/api/operator/tenants", FUZZ);
    String photo = String.valueOf(api.postBytes("/api/tickets/" + ticket + "/photos", owner, "image/png",
        IsolationCases.PNG).object().getJsonNumber("id").longValue());

    // a valid-looking request per operation, so that each bad field is the only thing wrong with it
    Map<String, String> bodies = Map.ofEntries(
        // an invalid tenant code: no fuzzed sign-in ever reaches the password check, so none counts as a failure
        Map.entry("POST /api/auth/token", "{\"tenant\": \"Not A Tenant\", \"username\": \"admin\", \"password\": \"x\"}"),
        // a new password too short to take, kept as it is: no case reaches the current-password check and its lockout
        Map.entry("PUT /api/me/password", "{\"currentPassword\": \"x\", \"newPassword\": \"123\"}"),
        Map.entry("POST /api/tickets", "{\"householdId\": " + household + ", \"category\": \"inquiry\","
            + " \"title\": \"门禁卡\", \"description\": \"补办\", \"location\": \"COMMON_AREA\", \"spot\": \"大堂\","
            + " \"priority\": \"NORMAL\", \"channel\": \"PHONE\"}"),
        Map.entry("POST /api/tickets/{id}/actions", "{\"action\": \"COMMENT\", \"text\": \"已收到\"}"),
        Map.entry("POST /api/notices", "{\"title\": \"通知\", \"body\": \"<p>内容</p>\", \"severity\": \"NORMAL\","
            + " \"householdIds\": [" + household + "], \"channels\": [\"EMAIL\"], \"emergency\": false}"),
        Map.entry("POST /api/faq", "{\"question\": \"问题\", \"answer\": \"<p>回答</p>\", \"category\": \"repair\","
            + " \"keywords\": \"关键词\", \"published\": false}"),
        Map.entry("PUT /api/faq/{id}", "{\"question\": \"问题\", \"answer\": \"<p>回答</p>\", \"category\": \"repair\","
            + " \"keywords\": \"关键词\", \"published\": false}"),
        Map.entry("POST /api/households/{id}/ledger", "{\"kind\": \"PHONE_CALL\", \"content\": \"回访\","
            + " \"participants\": \"业主\", \"occurredAt\": \"2026-12-01T10:00:00Z\"}"),
        Map.entry("POST /api/polls", pollDraft(project, "表决", ", \"options\": [\"甲\", \"乙\"], \"secret\": false")),
        Map.entry("PUT /api/polls/{id}/ballot", "{\"option\": 1}"),
        Map.entry("PUT /api/alerts/rules", api.get("/api/alerts/rules", admin).body()),
        Map.entry("PUT /api/me/preferences", "{\"channels\": [\"SMS\"], \"email\": \"a@example.cn\","
            + " \"quietStart\": \"22:00\", \"quietEnd\": \"08:00\", \"language\": \"zh-CN\"}"),
        Map.entry("POST /api/me/preferences/push-subscriptions", "{\"endpoint\": \"https://push.example.cn/x\","
            + " \"keys\": {\"p256dh\": \"BNc\", \"auth\": \"tBH\"}}"),
        Map.entry("POST /api/resident-filters", "{\"name\": \"分群\", \"projectId\": " + project + ","
            + " \"withTags\": [\"VIP\"], \"withoutTags\": [], \"specialCare\": false}"),
        Map.entry("POST /api/households/{id}/tags", "{\"tag\": \"VIP\"}"),
        Map.entry("PUT /api/households/{id}/special-care", "{\"flags\": [\"ELDERLY_ALONE\"], \"note\": \"独居\"}"),
        Map.entry("PUT /api/plugins/{pluginId}/enablement", "{\"consent\": [\"tickets.read\"]}"));
    java.util.function.Function<BadInput.Operation, JsonObject> baseBody =
        o -> BadInput.object(bodies.getOrDefault(o.key(), schemaBody(o)));
    java.util.function.BiFunction<BadInput.Operation, BadInput.Param, String> pathValue = (o, p) -> switch (p.name()) {
      case "id" -> ids.getOrDefault(o.path().substring(0, o.path().indexOf("/{id}")), "1");
      case "photoId" -> photo;
      case "pluginId" -> "survey";
      case "tag" -> "VIP";
      default -> "1";
    };
    List<BadInput.Case> cases = BadInput.cases(operations, seed, atLeast, baseBody, pathValue,
        java.util.Set.of("POST /api/auth/token tenant", "PUT /api/me/password newPassword"),
        List.of("admin", "owner"));

    Instant start = Instant.now();
    List<BadInput.Answer> answers = BadInput.send(server, cases, Map.of("admin", admin, "owner", owner), 4);
    Duration took = Duration.between(start, Instant.now());

    operations.forEach(o -> System.out.println("[bad input] " + o.key() + " " + o.parameters() + " " + o.bodyType()
        + " " + o.fields()));
    System.out.printf("[bad input] seed %d: %d requests to %d operations in %.1f s (%.0f/s); statuses by kind:%n%s",
        seed, answers.size(), operations.size(), took.toMillis() / 1000.0, answers.size() * 1000.0 / took.toMillis(),
        BadInput.report(answers));
    List<String> faults = answers.stream().filter(a -> BadInput.fault(a) != null)
        .map(a -> BadInput.fault(a) + ": " + a.request().replay() + " → " + abbreviate(a.body())).toList();
    faults.stream().limit(40).forEach(f -> System.out.println("[bad input] " + f));
    System.out.println("[bad input] taken with a 2xx: " + answers.stream()
        .filter(a -> a.status() / 100 == 2 && List.of("huge-string", "invalid-utf8", "huge-array")
            .contains(a.request().kind()))
        .collect(java.util.stream.Collectors.groupingBy(a -> a.request().kind() + " " + a.request().operation().key()
            + " " + hugeField(a.request()),
            java.util.TreeMap::new, java.util.stream.Collectors.counting())));
    System.out.printf("[bad input] %d refused by the HTTP server before the application (a URL it cannot decode)%n",
        answers.stream().filter(BadInput::refusedAtTheDoor).count());
    assertThat(answers.size()).isGreaterThanOrEqualTo(10_000);
    assertThat(faults).as("answers that are 5xx, missing, or errors without a problem body").isEmpty();
    assertThat(answers).filteredOn(a -> a.request().kind().equals("invalid-utf8"))
        .as("a body that is no UTF-8 is refused, not stored with replacement characters")
        .allMatch(a -> a.status() == 400 || a.status() == 403 || a.status() == 404);
    // no fuzzed sign-in was judged, so none counted against an account or this address
    assertThat(answers).filteredOn(a -> a.request().operation().path().equals("/api/auth/token"))
        .extracting(BadInput.Answer::status).doesNotContain(401, 429);
    // theme files: only those a pack declares (a literal ../ never reaches the server: the client resolves it, as a
    // browser does; an encoded one that the server decodes lands on a page of the application, never on a file)
    for (String file : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%252f..%252fetc%252fpasswd",
        "theme.json")) {
      Response theme = new RestClient(server).get("/tenant-theme/lanting/" + file, null);
      assertThat(theme.body()).as(file).doesNotContain("root:x:0:0").doesNotContain("\"styles\"");
      assertThat(theme.contentType()).as(file).doesNotStartWith("text/css");
    }
  }

  /**
   * Stored text never runs as script: an owner files a repair in the portal with scripts in every field, staff
   * answer with more and publish a notice of them; the console and the portal (phone and desktop) show them as text,
   * and the notice's rich text comes back without anything that runs.
   */
  @Test
  void bad_input_scripts_in_a_ticket_and_a_notice_show_as_text_and_never_run() throws Exception {
    String title = BadInput.XSS.get(1); // <img src=x onerror=…>
    String spot = BadInput.XSS.get(2); // <svg onload=…>
    String description = String.join("\n", BadInput.XSS);
    long ticket;
    try (ConsoleInBrowser phone = new ConsoleInBrowser(base, 375)) {
      phone.signIn("portal/login", FUZZ, FUZZ_OWNER_2, DEMO_PASSWORD);
      phone.clickOn("#report-link", "我要报事");
      phone.type("report-title", title);
      phone.type("report-description", description);
      phone.clickOn("#report-place vaadin-radio-button", "公共区域");
      phone.type("report-spot", spot);
      phone.click("report-submit");
      phone.text("report-promise");
      phone.click("report-follow");
      phone.awaitText("portal-ticket-status", "已受理");
      ticket = Long.parseLong(phone.currentPath().replaceAll(".*/", ""));
    }
    String editor = api.staffToken(FUZZ, "editor", DEMO_PASSWORD);
    JsonObject filed = api.get("/api/tickets/" + ticket, editor).object();
    assertThat(filed.getString("title")).isEqualTo(title);
    assertThat(filed.getString("description")).isEqualTo(description);
    act(ticket, editor, "{\"action\": \"COMMENT\", \"text\": " + BadInput.quote(BadInput.XSS.get(4)
        + BadInput.XSS.get(6)) + "}", "RECEIVED");
    long household = householdOf(FUZZ, FUZZ_OWNER_2);
    Response published = api.post("/api/notices", editor, "{\"title\": " + BadInput.quote(BadInput.XSS.get(0))
        + ", \"severity\": \"IMPORTANT\", \"householdIds\": [" + household + "], \"body\": "
        + BadInput.quote("<p>" + String.join("</p><p>", BadInput.XSS) + "</p>") + "}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    assertThat(published.object().getString("title")).isEqualTo(BadInput.XSS.get(0));
    assertThat(published.object().getString("body")).as("the sanitised rich text")
        .contains("点我").doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
        .doesNotContainIgnoringCase("onload").doesNotContainIgnoringCase("ontoggle")
        .doesNotContainPattern("(?i)href\\s*=\\s*[\"']?\\s*javascript").doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase("<svg");

    try (ConsoleInBrowser console = new ConsoleInBrowser(base, 1280)) {
      console.signIn("login", FUZZ, "editor", DEMO_PASSWORD);
      console.open("console/tickets/" + ticket);
      console.awaitText("timeline", "iframe srcdoc");
      shownAsTextAndNothingRan(console, "console ticket", title, spot, BadInput.XSS.get(4));
      console.screenshot("bad-input-console-ticket-1280");
      console.open("console/tickets");
      console.awaitText("ticket-queue", "onerror");
      shownAsTextAndNothingRan(console, "console queue", title);
      console.open("console/households/" + household);
      console.awaitPageText(title);
      shownAsTextAndNothingRan(console, "console household", title);
      console.open("console/notices");
      console.awaitText("notice-reach", "<script>");
      shownAsTextAndNothingRan(console, "console notices", BadInput.XSS.get(0));
    }
    for (int width : List.of(375, 1280)) {
      try (ConsoleInBrowser portal = new ConsoleInBrowser(base, width)) {
        portal.signIn("portal/login", FUZZ, FUZZ_OWNER_2, DEMO_PASSWORD);
        portal.open("portal/tickets/" + ticket);
        portal.awaitText("portal-timeline", "iframe srcdoc");
        shownAsTextAndNothingRan(portal, "portal ticket " + width, title, BadInput.XSS.get(4));
        portal.screenshot("bad-input-portal-ticket-" + width);
        portal.open("portal/tickets");
        portal.awaitText("portal-tickets", "onerror");
        shownAsTextAndNothingRan(portal, "portal tickets " + width, title);
        portal.open("portal/notices");
        portal.clickOn("#portal-notices vaadin-details", "<script>");
        portal.awaitText("portal-notices", "点我");
        shownAsTextAndNothingRan(portal, "portal notices " + width, BadInput.XSS.get(0));
        portal.screenshot("bad-input-portal-notices-" + width);
      }
    }
  }

  /**
   * Uploads are judged by their own bytes and size, whatever they are called or claim to be, and a client's file name
   * is only ever a label: photos are kept in the database, an import's name is shown back as written.
   */
  @Test
  void bad_input_uploads_are_judged_by_their_bytes_and_size_and_a_file_name_is_only_a_label() throws Exception {
    String owner = api.residentToken(FUZZ, FUZZ_OWNER_2, DEMO_PASSWORD);
    long ticket = api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"照片测试\"}").object()
        .getJsonNumber("id").longValue();
    String photos = "/api/tickets/" + ticket + "/photos";
    byte[] page = "<!DOCTYPE html><html><body><script>window.__xss=1</script></body></html>"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] pageBehindSignature = java.util.Arrays.copyOf(IsolationCases.PNG, 8 + page.length);
    System.arraycopy(page, 0, pageBehindSignature, 8, page.length);

    for (byte[] notAPhoto : List.of(page, pageBehindSignature)) {
      Response refused = api.postBytes(photos + "?fileName=..%2F..%2Fphoto.png", owner, "image/png", notAPhoto);
      assertThat(refused.status()).isEqualTo(415);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    Response tooLarge = api.postBytes(photos, owner, "image/png",
        java.util.Arrays.copyOf(IsolationCases.PNG, 5 * 1024 * 1024 + 1));
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    assertThat(api.get(photos, owner).json().asJsonArray()).isEmpty();

    String admin = api.staffToken(FUZZ, "editor", DEMO_PASSWORD);
    Response htmlAsXlsx = api.postBytes("/api/imports?fileName=roll.xlsx", admin, XLSX, page);
    assertThat(htmlAsXlsx.status()).isEqualTo(415);
    assertThat(htmlAsXlsx.contentType()).startsWith("application/problem+json");
    Response hugeRoll = api.postBytes("/api/imports", admin, XLSX, new byte[10 * 1024 * 1024 + 1]);
    assertThat(hugeRoll.status()).isEqualTo(413);
    assertThat(hugeRoll.contentType()).startsWith("application/problem+json");
    String climbing = "../../../../tmp/linli-import-escape.xlsx";
    Response labelled = api.postBytes("/api/imports?fileName=" + java.net.URLEncoder.encode(climbing,
        java.nio.charset.StandardCharsets.UTF_8), admin, XLSX, roll(List.of(
        List.of("fz", "测试区域", "fz", "测试项目", "", "1", "1栋", "1-101", 90.0, "测试", "1", "业主"))));
    assertThat(labelled.status()).as(labelled.body()).isEqualTo(202);
    assertThat(awaitImport(labelled.object().getJsonNumber("id").longValue(), admin).getString("fileName"))
        .isEqualTo(climbing);
    assertThat(Path.of("/tmp/linli-import-escape.xlsx")).doesNotExist();
  }

  /** The page shows each text as typed, and no script of it ran: no mark left, no handler, no script link. */
  private static void shownAsTextAndNothingRan(ConsoleInBrowser browser, String page, String... texts)
      throws InterruptedException {
    Thread.sleep(700); // an <img onerror> fires once the image has failed to load
    for (String text : texts) {
      browser.awaitPageText(text);
    }
    assertThat(browser.script("return window.__xss === undefined && document.title !== 'XSS'"))
        .as(page + ": no script ran").isEqualTo(true);
    assertThat(browser.script("return document.querySelectorAll('[onerror], [onload], [ontoggle], iframe[srcdoc],"
        + " a[href^=\"javascript:\" i], svg').length")).as(page + ": no element of the payloads").isEqualTo(0L);
  }

  /** The field of a body that holds the huge value, for the report. */
  private static String hugeField(BadInput.Case request) {
    String body = new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher field = java.util.regex.Pattern.compile("\"(\\w+)\":(\"长{1000}|\\[1,1,1|\"报事)")
        .matcher(body);
    return field.find() ? field.group(1) : "?";
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  /** A body of the schema's fields with plain values, for operations without a request of their own above. */
  private static String schemaBody(BadInput.Operation o) {
    var body = jakarta.json.Json.createObjectBuilder();
    o.fields().forEach((name, field) -> {
      switch (field.type()) {
        case "integer", "number" -> body.add(name, 1);
        case "boolean" -> body.add(name, false);
        case "array" -> body.add(name, jakarta.json.Json.createArrayBuilder());
        case "object" -> body.add(name, jakarta.json.Json.createObjectBuilder());
        case "enum" -> body.add(name, field.values().get(0));
        default -> body.add(name, "测试");
      }
    });
    return body.build().toString();
  }

  /** Enables the surveys for the tenant (consenting to what they read). @return the tenant admin's token */
  private String enableSurveys(String tenant) {
    String admin = admin(tenant);
    assertThat(api.put("/api/plugins/survey/enablement", admin,
        "{\"consent\": [\"tickets.read\", \"residents.read\", \"notifications.send\"]}").status()).isEqualTo(204);
    return admin;
  }

  /** A repair of the owner's household, dispatched, resolved, and three days on (the satisfaction is asked). */
  private long resolvedTicket(String tenant, String agentName, String technician, String title) throws SQLException {
    String agent = api.staffToken(tenant, agentName, DEMO_PASSWORD);
    long id = api.post("/api/tickets", agent, "{\"householdId\": " + householdOf(tenant, ownerPhone(tenant))
        + ", \"category\": \"repair\", \"title\": \"" + title + "\"}").object().getJsonNumber("id").longValue();
    act(id, agent, "{\"action\": \"DISPATCH\", \"assigneeId\": " + staffId(tenant, technician) + "}", "DISPATCHED");
    act(id, agent, "{\"action\": \"START\"}", "IN_PROGRESS");
    act(id, agent, "{\"action\": \"RESOLVE\", \"text\": \"已处理\"}", "RESOLVED");
    execute("update ticket set satisfaction_due_at = ? where id = ?", Instant.now().minusSeconds(1), id);
    return id;
  }

  /** Waits for the owner's survey about the ticket, then opens it now (as if its quiet hours had passed). */
  private JsonObject awaitSurvey(String owner, long ticket) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (surveyOf(ticket) == null) {
      assertThat(Instant.now()).as("a survey about ticket " + ticket).isBefore(deadline);
      Thread.sleep(500);
    }
    execute("update survey_invitation set opens_at = ? where ticket_id = ?", Instant.now().minusSeconds(1), ticket);
    return ((jakarta.json.JsonArray) api.get("/api/plugins/survey/invitations", owner).json())
        .getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getJsonNumber("ticketId").longValue() == ticket).findFirst().orElseThrow();
  }

  /** Answers every question: scale questions with {@code scale}, the NPS one with {@code nps}, choices first. */
  private static String answers(List<JsonObject> questions, int scale, int nps) {
    List<String> answers = new ArrayList<>();
    for (JsonObject q : questions) {
      String id = q.getJsonNumber("id").toString();
      switch (q.getString("kind")) {
        case "SCALE" -> answers.add("{\"question\": " + id + ", \"score\": " + scale + "}");
        case "NPS" -> answers.add("{\"question\": " + id + ", \"score\": " + nps + "}");
        case "SINGLE", "MULTIPLE" -> answers.add("{\"question\": " + id + ", \"choices\": [\""
            + q.getJsonArray("options").getString(0) + "\"]}");
        default -> answers.add("{\"question\": " + id + ", \"text\": \"师傅很耐心\"}");
      }
    }
    return "{\"answers\": [" + String.join(", ", answers) + "]}";
  }

  private static String surveyStatus(long invitation) throws SQLException {
    return surveyColumn("status", "id", invitation);
  }

  private static String surveyOf(long ticket) throws SQLException {
    return surveyColumn("id", "ticket_id", ticket);
  }

  private static String surveyColumn(String column, String key, long value) throws SQLException {
    try (Connection db = database();
        PreparedStatement query = db.prepareStatement(
            "select " + column + " from survey_invitation where " + key + " = ?")) {
      query.setLong(1, value);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static Map<String, JsonObject> pluginsIn(Response catalogue) {
    Map<String, JsonObject> plugins = new LinkedHashMap<>();
    ((jakarta.json.JsonArray) catalogue.json()).getValuesAs(JsonObject.class)
        .forEach(p -> plugins.put(p.getString("id"), p));
    return plugins;
  }

  private void awaitTimeline(long ticket, String token, String text) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (!api.get("/api/tickets/" + ticket + "/timeline", token).body().contains(text)) {
      assertThat(Instant.now()).as("\"" + text + "\" on the timeline").isBefore(deadline);
      Thread.sleep(300);
    }
  }

  private long householdOf(String tenant, String phone) {
    return api.get("/api/me", api.residentToken(tenant, phone, DEMO_PASSWORD)).object()
        .getJsonObject("resident").getJsonObject("household").getJsonNumber("id").longValue();
  }

  private long staffId(String tenant, String username) {
    return ((jakarta.json.JsonArray) api.get("/api/staff", admin(tenant)).json()).getValuesAs(JsonObject.class)
        .stream().filter(s -> s.getString("username").equals(username)).findFirst().orElseThrow()
        .getJsonNumber("id").longValue();
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
    String owner = api.residentToken(tenant, ownerPhone(tenant), DEMO_PASSWORD);
    JsonObject resident = api.get("/api/me", owner).object().getJsonObject("resident");
    Response ticket = api.post("/api/tickets", owner, "{\"category\": \"repair\", \"title\": \"隔离测试工单\"}");
    return new IsolationCases.TenantIds(
        firstId(api.get("/api/regions", token)),
        project,
        firstId(api.get("/api/projects/" + project + "/buildings", token)),
        resident.getJsonObject("household").getJsonNumber("id").longValue(),
        firstId(api.get("/api/staff", token)),
        resident.getJsonNumber("id").longValue(),
        ticket.object().getJsonNumber("id").longValue(),
        api.postBytes("/api/tickets/" + ticket.object().getJsonNumber("id").longValue() + "/photos", owner,
            "image/png", IsolationCases.PNG).object().getJsonNumber("id").longValue(),
        api.post("/api/notices", token, "{\"title\": \"隔离测试公告\", \"body\": \"<p>测试</p>\","
            + " \"severity\": \"NORMAL\"}").object().getJsonNumber("id").longValue(),
        api.post("/api/polls", token, pollDraft(project, "隔离测试投票", "")).object().getJsonNumber("id").longValue(),
        api.post("/api/faq", token, "{\"question\": \"隔离测试文章\", \"answer\": \"<p>测试</p>\"}").object()
            .getJsonNumber("id").longValue(),
        rejectedImport(token));
  }

  private static String ownerPhone(String tenant) {
    return "huayuan".equals(tenant) ? OWNER_PHONE : "15957513723";
  }

  private static long firstId(Response list) {
    assertThat(list.status()).isEqualTo(200);
    return ((jakarta.json.JsonArray) list.json()).getJsonObject(0).getJsonNumber("id").longValue();
  }

  private void awaitEscalation(long ticket, String token, String level) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!api.get("/api/tickets/" + ticket, token).object().getString("escalationLevel").equals(level)) {
      assertThat(Instant.now()).as("escalation to " + level).isBefore(deadline);
      Thread.sleep(500);
    }
  }

  /** Waits for an e-mail to {@code to} whose subject contains {@code subject}, on the run's SMTP server. */
  private static jakarta.mail.internet.MimeMessage awaitMail(String to, String subject) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (true) {
      for (var message : io.linli.testkit.IntegrationEnvironment.mailbox().getReceivedMessagesForDomain(to)) {
        if (message.getSubject().contains(subject)) {
          return message;
        }
      }
      assertThat(Instant.now()).as("an e-mail to " + to + " about " + subject).isBefore(deadline);
      Thread.sleep(300);
    }
  }

  private long escalations(long ticket, String token) {
    return timelineActions(ticket, token).stream().filter("ESCALATE"::equals).count();
  }

  private List<String> timelineActions(long ticket, String token) {
    return ((jakarta.json.JsonArray) api.get("/api/tickets/" + ticket + "/timeline", token).json())
        .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
  }

  /** The run's database, straight: to see or move what the API does not show. */
  private static Connection database() throws SQLException {
    return DriverManager.getConnection(System.getProperty("linli.it.db.url"), "linli", "linli");
  }

  /** Runs one statement straight on the database, as if time had passed; it must change exactly one row. */
  private static void execute(String statement, Object... values) throws SQLException {
    assertThat(update(statement, values)).isEqualTo(1);
  }

  /** @return how many rows the statement changed */
  private static int update(String statement, Object... values) throws SQLException {
    try (Connection db = database();
        PreparedStatement update = db.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i] instanceof Instant at ? java.sql.Timestamp.from(at) : values[i]);
      }
      return update.executeUpdate();
    }
  }

  private static long secondsFromBreachToNextLevel(long ticket, String kind) throws SQLException {
    try (Connection db = database();
        PreparedStatement query = db.prepareStatement("select timestampdiff(second, breached_at, escalate_again_at)"
            + " from ticket_clock where ticket_id = ? and kind = ?")) {
      query.setLong(1, ticket);
      query.setString(2, kind);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** Sets columns of a ticket's clock row directly, as the database would hold them after time passed. */
  private static void updateClock(long ticket, String kind, String assignments, Instant... values) throws SQLException {
    Object[] parameters = java.util.Arrays.copyOf(values, values.length + 2, Object[].class);
    parameters[values.length] = ticket;
    parameters[values.length + 1] = kind;
    execute("update ticket_clock set " + assignments + " where ticket_id = ? and kind = ?", parameters);
  }

  /** Rows per tenant-owned table, straight from the database. */
  private static Map<String, Long> rowCounts(String tenant) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection db = database()) {
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
