package io.linli.web.rest;

import io.linli.community.Building;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.community.Region;
import io.linli.i18n.LocalizedName;
import io.linli.people.Resident;
import io.linli.people.StaffMember;
import io.linli.tenancy.Tenant;
import java.math.BigDecimal;
import java.util.List;

/** The JSON shapes of the REST API: typed records built from domain objects, never entities themselves. */
public final class Json {

  private Json() {}

  public record Name(String zh, String en) {
    static Name of(LocalizedName name) {
      return new Name(name.zh(), name.en());
    }
  }

  public record TenantJson(String id, Name name, String theme) {
    static TenantJson of(Tenant t) {
      return new TenantJson(t.id().value(), Name.of(t.name()), t.theme());
    }
  }

  public record RegionJson(long id, String code, Name name) {
    static RegionJson of(Region r) {
      return new RegionJson(r.id(), r.code(), Name.of(r.name()));
    }
  }

  public record ProjectJson(long id, String code, Name name, String address, long regionId) {
    static ProjectJson of(Project p) {
      return new ProjectJson(p.id(), p.code(), Name.of(p.name()), p.address(), p.region().id());
    }
  }

  public record BuildingJson(long id, String code, Name name, long projectId) {
    static BuildingJson of(Building b) {
      return new BuildingJson(b.id(), b.code(), Name.of(b.name()), b.project().id());
    }
  }

  public record HouseholdJson(long id, String unit, BigDecimal floorArea, long buildingId, String building,
      long projectId, String project) {
    static HouseholdJson of(Household h) {
      return new HouseholdJson(h.id(), h.unit(), h.floorArea(), h.building().id(), h.building().name().zh(),
          h.building().project().id(), h.building().project().name().zh());
    }
  }

  public record StaffJson(long id, String username, String name, String role, String phone, List<String> skills) {
    static StaffJson of(StaffMember s) {
      return new StaffJson(s.id(), s.username(), s.displayName(), s.role().name(), s.phone(),
          s.skills().stream().map(Enum::name).sorted().toList());
    }
  }

  public record ResidentJson(long id, String name, String phone, String relation, HouseholdJson household) {
    static ResidentJson of(Resident r) {
      return new ResidentJson(r.id(), r.name(), r.phone(), r.relation().name(),
          r.household() == null ? null : HouseholdJson.of(r.household()));
    }
  }
}
