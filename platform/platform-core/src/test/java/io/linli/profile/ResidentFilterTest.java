package io.linli.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.api.Role;
import io.linli.community.Building;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.community.Region;
import io.linli.i18n.LocalizedName;
import io.linli.people.StaffMember;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResidentFilterTest {

  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
  static final Region REGION = new Region("hangzhou", new LocalizedName("杭州区域", "Hangzhou"));
  static final Project XIXI = new Project(REGION, "xixi", new LocalizedName("西溪雅苑", "Xixi Garden"), null);
  static final Project QIANTANG = new Project(REGION, "qiantang", new LocalizedName("钱塘明珠苑", "Qiantang"), null);
  static final Building BUILDING_4 = new Building(XIXI, "4", new LocalizedName("4号楼", "Building 4"));
  static final StaffMember PM = new StaffMember("pm.xixi", "黎佳琪", Role.PROJECT_MANAGER, "hash");

  static ResidentFilter.Criteria criteria(String name, Project project, Building building) {
    return new ResidentFilter.Criteria(name, project, building, Set.of("FREQUENT_REPAIRER", " VIP "), Set.of("INACTIVE"),
        EnumSet.of(SpecialCare.ELDERLY_ALONE));
  }

  @Test
  void a_filter_keeps_its_tags_trimmed_and_its_care_flags() {
    ResidentFilter filter = ResidentFilter.define(criteria(" 常报修住户 ", XIXI, null), PM, NOW);

    assertThat(filter.name()).isEqualTo("常报修住户");
    assertThat(filter.withTags()).containsExactlyInAnyOrder("FREQUENT_REPAIRER", "VIP");
    assertThat(filter.withoutTags()).containsExactly("INACTIVE");
    assertThat(filter.specialCare()).containsExactly(SpecialCare.ELDERLY_ALONE);
  }

  @Test
  void a_building_brings_its_project_and_must_belong_to_the_one_named() {
    assertThat(ResidentFilter.define(criteria("4号楼", null, BUILDING_4), PM, NOW).project()).isSameAs(XIXI);
    assertThatThrownBy(() -> ResidentFilter.define(criteria("错配", QIANTANG, BUILDING_4), PM, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("buildingId:");
  }

  @Test
  void a_filter_needs_a_name() {
    assertThatThrownBy(() -> ResidentFilter.define(criteria(" ", null, null), PM, NOW))
        .hasMessageStartingWith("name:");
  }

  @Test
  void staff_tags_are_trimmed_and_may_not_pass_for_a_rule_tag() {
    Household household = new Household(BUILDING_4, "1-601", new BigDecimal("128.40"));
    assertThat(HouseholdTag.manual(household, " 热心业主 ", PM, NOW).tag()).isEqualTo("热心业主");
    assertThatThrownBy(() -> HouseholdTag.manual(household, "churn_risk", PM, NOW))
        .hasMessageStartingWith("tag:");
    assertThatThrownBy(() -> HouseholdTag.manual(household, "一二三四五六七八九十一二三四五六七八九十一", PM, NOW))
        .hasMessageStartingWith("tag:");
  }
}
