package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.people.PeopleService;
import io.linli.web.rest.Json.ResidentJson;
import io.linli.web.rest.Json.StaffJson;
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

/** Staff and residents of the signed-in staff member's company. */
@Path("")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject PeopleService people;

  @GET
  @Path("staff")
  public List<StaffJson> staff() {
    return people.staff().stream().map(StaffJson::of).toList();
  }

  @GET
  @Path("staff/{id}")
  public StaffJson staffMember(@PathParam("id") long id) {
    return people.staffMember(id).map(StaffJson::of).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("residents/{id}")
  public ResidentJson resident(@PathParam("id") long id) {
    return people.resident(id).map(ResidentJson::of).orElseThrow(NotFoundException::new);
  }
}
