package io.linli.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.api.Permission;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginRuntimeException;

class PluginEnablementTest {

  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  static final Set<Permission> READS = EnumSet.of(Permission.TICKETS_READ, Permission.RESIDENTS_READ);

  @Test
  void an_enabled_plugin_is_active_with_every_declared_permission_consented() {
    PluginEnablement survey = enabled(READS);

    assertThat(survey.isActive(READS)).isTrue();
    assertThat(survey.consented()).isEqualTo(READS);
  }

  @Test
  void a_new_version_declaring_more_stays_inactive_until_the_admin_consents_again() {
    PluginEnablement survey = enabled(READS);

    assertThat(survey.isActive(EnumSet.allOf(Permission.class))).isFalse();
  }

  @Test
  void a_suspended_plugin_is_inactive_until_enabled_again() {
    PluginEnablement survey = enabled(READS);
    survey.suspend("3 failures in a row", NOW);

    assertThat(survey.isActive(READS)).isFalse();
    survey.enable("1.0.1", READS, "admin", NOW.plusSeconds(60));
    assertThat(survey.isActive(READS)).isTrue();
    assertThat(survey.suspension()).isNull();
  }

  @Test
  void a_disabled_plugin_is_inactive_and_keeps_its_consent() {
    PluginEnablement survey = enabled(READS);
    survey.disable("admin", NOW);

    assertThat(survey.isActive(READS)).isFalse();
    assertThat(survey.consented()).isEqualTo(READS);
  }

  @Test
  void a_manifest_names_permissions_by_code_and_an_unknown_one_is_refused() {
    assertThat(LinliPluginDescriptor.parse("survey", " tickets.read, residents.read ")).isEqualTo(READS);
    assertThat(LinliPluginDescriptor.parse("survey", null)).isEmpty();
    assertThatThrownBy(() -> LinliPluginDescriptor.parse("survey", "tickets.read,everything"))
        .isInstanceOf(PluginRuntimeException.class).hasMessageContaining("everything");
  }

  private static PluginEnablement enabled(Set<Permission> consented) {
    PluginEnablement enablement = new PluginEnablement("survey");
    enablement.enable("1.0.0", consented, "admin", NOW);
    return enablement;
  }
}
