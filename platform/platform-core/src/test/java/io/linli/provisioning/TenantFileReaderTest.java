package io.linli.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.api.Role;
import io.linli.people.Committee;
import io.linli.people.Skill;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantFileReaderTest {

  private final TenantFileReader reader = new TenantFileReader();
  @TempDir Path tenants;

  @Test
  void a_valid_folder_reads_into_the_whole_definition() {
    TenantDefinition definition = reader.read(new TenantFolderBuilder().writeInto(tenants));

    assertThat(definition.id().value()).isEqualTo("testco");
    assertThat(definition.name().zh()).isEqualTo("测试物业");
    assertThat(definition.regions().get(0).projects().get(0).buildings()).hasSize(1);
    assertThat(definition.staff()).extracting(TenantDefinition.StaffDefinition::role)
        .containsExactly(Role.TENANT_ADMIN, Role.BUILDING_STEWARD, Role.TECHNICIAN);
    assertThat(definition.staff().get(2).skills()).containsExactlyInAnyOrder(Skill.PLUMBING, Skill.ELECTRICAL);
    assertThat(definition.households()).hasSize(2);
    assertThat(definition.committees()).extracting(TenantDefinition.CommitteeDefinition::committee)
        .containsExactly(Committee.OWNERS_COMMITTEE, Committee.RESIDENTS_COMMITTEE);
  }

  @Test
  void the_demo_tenants_in_the_repository_are_valid_with_about_200_households_each() {
    Path repositoryTenants = Path.of("../../tenants").toAbsolutePath().normalize();
    for (String slug : new String[] {"huayuan", "lanting"}) {
      TenantDefinition definition = reader.read(repositoryTenants.resolve(slug));
      assertThat(definition.households()).hasSizeBetween(190, 210);
      assertThat(definition.staff()).extracting(TenantDefinition.StaffDefinition::role)
          .contains(Role.TENANT_ADMIN, Role.REGIONAL_DIRECTOR, Role.PROJECT_MANAGER, Role.BUILDING_STEWARD,
              Role.CUSTOMER_SERVICE_AGENT, Role.TECHNICIAN);
      assertThat(definition.regions()).hasSize(1);
      assertThat(definition.regions().get(0).projects()).hasSize(2);
      assertThat(definition.committees()).hasSize(4);
    }
  }

  @Test
  void the_demo_tenants_have_reply_scripts_with_only_known_variables() {
    TenantDefinition definition = reader.read(Path.of("../../tenants/huayuan").toAbsolutePath().normalize());
    assertThat(definition.replyScripts()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(definition.replyScripts()).allSatisfy(script -> assertThat(
        script.body().replaceAll("\\$\\{(owner|company|agent|project|building|unit|ticket|title|deadline)}", ""))
        .doesNotContain("${"));
  }

  @Test
  void a_tenants_sla_file_overrides_by_category_and_priority_and_adds_days_off() {
    TenantDefinition definition = reader.read(Path.of("../../tenants/huayuan").toAbsolutePath().normalize());

    assertThat(definition.sla().overrides())
        .anySatisfy(o -> {
          assertThat(o.category()).isEqualTo("inquiry");
          assertThat(o.priority()).isNull();
          assertThat(o.policy().respondWithin()).isEqualTo(java.time.Duration.ofMinutes(20));
        })
        .anySatisfy(o -> assertThat(o.priority()).isEqualTo(io.linli.ticket.Priority.URGENT));
    assertThat(definition.sla().holidays()).contains(java.time.LocalDate.of(2026, 12, 31));
    assertThat(definition.sla().escalationTimeToAct()).isEqualTo(java.time.Duration.ofMinutes(30));
    assertThat(definition.sla().reopenWithin()).isEqualTo(java.time.Duration.ofDays(7));
  }

  @Test
  void a_tenants_notices_file_sets_the_follow_up_of_critical_notices() {
    TenantDefinition definition = reader.read(Path.of("../../tenants/huayuan").toAbsolutePath().normalize());

    var steps = definition.noticeReminders().steps();
    assertThat(steps).extracting(s -> s.after()).containsExactly(java.time.Duration.ZERO,
        java.time.Duration.ofMinutes(20), java.time.Duration.ofHours(1));
    assertThat(steps.get(1).channels()).containsExactly(io.linli.notification.DeliveryChannel.SMS);
    assertThat(reader.read(Path.of("../../tenants/lanting").toAbsolutePath().normalize()).noticeReminders())
        .as("no file: the platform's default").isNull();
  }

  @Test
  void a_reminder_channel_that_is_not_one_names_its_line() throws Exception {
    Path folder = new TenantFolderBuilder().writeInto(tenants);
    java.nio.file.Files.writeString(folder.resolve("notices.yaml"),
        "critical_reminders:\n  - channels: [PORTAL]\n  - after: 30m\n    channels: [FAX]\n");

    assertThatThrownBy(() -> reader.read(folder)).hasMessageStartingWith("testco/notices.yaml:3: critical_reminders[1]")
        .hasMessageContaining("'FAX' is not one of");
  }

  @Test
  void an_escalation_time_of_zero_is_refused_naming_its_line() throws Exception {
    Path folder = new TenantFolderBuilder().writeInto(tenants);
    java.nio.file.Files.writeString(folder.resolve("sla.yaml"), "escalation:\n  time_to_act: 0m\n");

    assertThatThrownBy(() -> reader.read(folder))
        .hasMessage("testco/sla.yaml:2: escalation.time_to_act: '0m' is not a duration such as 30m, 2h or 3d");
  }

  @Test
  void a_duration_that_is_not_one_names_its_file_and_line() throws Exception {
    Path folder = new TenantFolderBuilder().writeInto(tenants);
    java.nio.file.Files.writeString(folder.resolve("sla.yaml"), "policies:\n  - category: repair\n    respond: soon\n");

    assertThatThrownBy(() -> reader.read(folder))
        .hasMessage("testco/sla.yaml:3: policies[0].respond: 'soon' is not a duration such as 30m, 2h or 3d");
  }

  @Test
  void a_missing_field_is_reported_with_file_line_and_field() {
    Path folder = new TenantFolderBuilder().replacing("    name: 李娜\n", "").writeInto(tenants);

    assertThatThrownBy(() -> reader.read(folder))
        .isInstanceOfSatisfying(TenantFileException.class, e -> {
          assertThat(e.file()).isEqualTo("testco/tenant.yaml");
          assertThat(e.field()).isEqualTo("staff[1].name");
          assertThat(e.line()).isEqualTo(18); // the staff entry that lacks it
        })
        .hasMessageContaining("is required");
  }

  @Test
  void an_unknown_role_names_the_allowed_ones() {
    Path folder = new TenantFolderBuilder().replacing("role: TECHNICIAN", "role: PLUMBER").writeInto(tenants);

    assertThatThrownBy(() -> reader.read(folder))
        .isInstanceOfSatisfying(TenantFileException.class, e -> assertThat(e.field()).isEqualTo("staff[2].role"))
        .hasMessageContaining("'PLUMBER' is not one of");
  }

  @Test
  void a_household_in_an_unknown_building_names_its_csv_line() {
    Path folder = new TenantFolderBuilder().household("garden,9,9-101,80,陈静,13900000003").writeInto(tenants);

    assertThatThrownBy(() -> reader.read(folder))
        .isInstanceOfSatisfying(TenantFileException.class, e -> {
          assertThat(e.file()).isEqualTo("testco/households.csv");
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.field()).isEqualTo("building");
        });
  }

  @Test
  void a_unit_listed_twice_is_refused() {
    Path folder = new TenantFolderBuilder().household("garden,1,1-101,80,陈静,13900000003").writeInto(tenants);

    assertThatThrownBy(() -> reader.read(folder)).hasMessageContaining("households.csv:4: unit");
  }

  @Test
  void a_floor_area_that_is_not_a_number_is_refused() {
    Path folder = new TenantFolderBuilder().household("garden,1,1-103,八十,陈静,13900000003").writeInto(tenants);

    assertThatThrownBy(() -> reader.read(folder)).hasMessageContaining("households.csv:4: floor_area");
  }

  @Test
  void a_slug_that_differs_from_its_folder_is_refused() {
    Path folder = new TenantFolderBuilder().replacing("slug: %s", "slug: other").writeInto(tenants);

    assertThatThrownBy(() -> reader.read(folder)).hasMessageContaining("tenant.yaml:1: slug");
  }

  @Test
  void a_steward_of_a_building_that_does_not_exist_is_refused() {
    Path folder = new TenantFolderBuilder().replacing("[garden/1]", "[garden/7]").writeInto(tenants);

    assertThatThrownBy(() -> reader.read(folder)).hasMessageContaining("staff[1].buildings[0]");
  }

  @Test
  void an_owners_committee_member_must_own_a_household_of_the_project() {
    Path folder = new TenantFolderBuilder().replacing("phone: \"13900000001\"", "phone: \"13900000009\"")
        .writeInto(tenants);

    assertThatThrownBy(() -> reader.read(folder)).hasMessageContaining("committees[0]");
  }

  @Test
  void broken_yaml_syntax_names_the_line() {
    Path folder = new TenantFolderBuilder().replacing("theme: huayuan", "theme: [huayuan").writeInto(tenants);

    assertThatThrownBy(() -> reader.read(folder))
        .isInstanceOfSatisfying(TenantFileException.class, e -> assertThat(e.field()).isEqualTo("(syntax)"));
  }
}
