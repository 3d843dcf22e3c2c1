package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.community.CommunityService;
import io.linli.web.rest.Json.BuildingJson;
import io.linli.web.rest.Json.HouseholdJson;
import io.linli.web.rest.Json.ProjectJson;
import io.linli.web.rest.Json.RegionJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in staff member's company structure: regions, projects, buildings, households. */
@Path("")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {

  @Inject CommunityService community;

  @GET
  @Path("regions")
  public List<RegionJson> regions() {
    return community.regions().stream().map(RegionJson::of).toList();
  }

  @GET
  @Path("regions/{id}")
  public RegionJson region(@PathParam("id") long id) {
    return community.region(id).map(RegionJson::of).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("projects")
  public List<ProjectJson> projects() {
    return community.projects().stream().map(ProjectJson::of).toList();
  }

  @GET
  @Path("projects/{id}")
  public ProjectJson project(@PathParam("id") long id) {
    return community.project(id).map(ProjectJson::of).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("projects/{id}/buildings")
  public List<BuildingJson> buildingsOf(@PathParam("id") long id) {
    return community.buildingsOf(id).orElseThrow(NotFoundException::new).stream().map(BuildingJson::of).toList();
  }

  @GET
  @Path("buildings/{id}")
  public BuildingJson building(@PathParam("id") long id) {
    return community.building(id).map(BuildingJson::of).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("households/{id}")
  public HouseholdJson household(@PathParam("id") long id) {
    return community.household(id).map(HouseholdJson::of).orElseThrow(NotFoundException::new);
  }
}
