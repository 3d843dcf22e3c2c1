package io.linli.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.alert.AlertThresholds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsFileTest {

  private final TenantFileReader reader = new TenantFileReader();
  @TempDir Path tenants;

  @Test
  void a_tenants_alerts_file_sets_its_own_limits_and_keeps_the_defaults_of_the_others() throws Exception {
    assertThat(reader.read(Path.of("../../tenants/huayuan").toAbsolutePath().normalize()).alerts())
        .isEqualTo(new AlertThresholds(2, 3, 50, 15, 95, 5));
    Path folder = new TenantFolderBuilder().writeInto(tenants);
    Files.writeString(folder.resolve("alerts.yaml"), "response_hours: 1.5\n");

    assertThat(reader.read(folder).alerts()).isEqualTo(new AlertThresholds(1.5, 3, 50, 20, 90, 5));
    assertThat(reader.read(Path.of("../../tenants/lanting").toAbsolutePath().normalize()).alerts())
        .as("no file: the platform's default").isNull();
  }

  @Test
  void a_limit_out_of_range_names_its_line_and_key() throws Exception {
    Path folder = new TenantFolderBuilder().writeInto(tenants);
    Files.writeString(folder.resolve("alerts.yaml"), "response_days: 3\nacknowledgement_percent: 120\n");

    assertThatThrownBy(() -> reader.read(folder))
        .hasMessageStartingWith("testco/alerts.yaml:2: acknowledgement_percent")
        .hasMessageContaining("must be between 1 and 100");
  }

  @Test
  void an_unknown_key_or_a_word_for_a_number_is_refused() throws Exception {
    Path folder = new TenantFolderBuilder().writeInto(tenants);
    Files.writeString(folder.resolve("alerts.yaml"), "response_hour: 2\n");
    assertThatThrownBy(() -> reader.read(folder)).hasMessageContaining("response_hour").hasMessageContaining(
        "is not an alert limit");

    Files.writeString(folder.resolve("alerts.yaml"), "response_days: three\n");
    assertThatThrownBy(() -> reader.read(folder)).hasMessageStartingWith("testco/alerts.yaml:1: response_days")
        .hasMessageContaining("must be a whole number");
  }
}
