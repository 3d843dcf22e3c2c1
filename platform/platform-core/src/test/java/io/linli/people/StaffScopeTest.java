package io.linli.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.linli.api.Role;
import io.linli.community.Building;
import io.linli.community.Project;
import io.linli.community.Region;
import io.linli.i18n.LocalizedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffScopeTest {

  private final Region hangzhou = new Region("hangzhou", new LocalizedName("杭州区域", null));
  private final Region shaoxing = new Region("shaoxing", new LocalizedName("绍兴区域", null));
  private final Project xixi = new Project(hangzhou, "xixi", new LocalizedName("西溪雅苑", null), null);
  private final Project qiantang = new Project(hangzhou, "qiantang", new LocalizedName("钱塘明珠苑", null), null);
  private final Project jianhu = new Project(shaoxing, "jianhu", new LocalizedName("鉴湖人家", null), null);
  private final List<Project> all = List.of(xixi, qiantang, jianhu);

  @Test
  void a_tenant_admin_sees_every_project() {
    assertThat(StaffScope.projects(Role.TENANT_ADMIN, List.of(), all)).containsExactly(jianhu, qiantang, xixi);
  }

  @Test
  void a_regional_director_sees_the_projects_of_their_regions() {
    StaffMember director = staff(Role.REGIONAL_DIRECTOR);
    assertThat(StaffScope.projects(Role.REGIONAL_DIRECTOR, List.of(StaffAssignment.toRegion(director, hangzhou)), all))
        .containsExactly(qiantang, xixi);
  }

  @Test
  void a_steward_sees_the_projects_of_their_buildings_once() {
    StaffMember steward = staff(Role.BUILDING_STEWARD);
    Building one = new Building(xixi, "1", new LocalizedName("1号楼", null));
    Building two = new Building(xixi, "2", new LocalizedName("2号楼", null));
    assertThat(StaffScope.projects(Role.BUILDING_STEWARD,
        List.of(StaffAssignment.toBuilding(steward, one), StaffAssignment.toBuilding(steward, two)), all))
        .containsExactly(xixi);
  }

  @Test
  void an_agent_without_assignments_sees_no_project() {
    assertThat(StaffScope.projects(Role.CUSTOMER_SERVICE_AGENT, List.of(), all)).isEmpty();
  }

  private static StaffMember staff(Role role) {
    return new StaffMember("someone", "某人", role, "hash");
  }
}
