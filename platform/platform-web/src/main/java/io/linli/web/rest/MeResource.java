package io.linli.web.rest;

import io.linli.identity.SignedInUser;
import io.linli.web.Workplace;
import io.linli.web.rest.Json.ProjectJson;
import io.linli.web.rest.Json.ResidentJson;
import io.linli.web.rest.Json.TenantJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Who the token belongs to: their company, roles and where they work or live. */
@Path("me")
@RequestScoped
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Workplace workplace;

  /** @param committees the projects whose committee the resident sits on, as {@code OWNERS_COMMITTEE:xixi} */
  public record MeJson(String kind, String username, String name, List<String> roles, TenantJson tenant,
      List<ProjectJson> projects, ResidentJson resident, List<String> committees) {}

  @GET
  public MeJson me(@Context SecurityContext security) {
    SignedInUser user = (SignedInUser) security.getUserPrincipal();
    Workplace.View view = workplace.of(user);
    return new MeJson(user.kind().name(), user.username(), user.displayName(),
        user.roles().stream().map(Enum::name).sorted().toList(),
        view.tenant().map(TenantJson::of).orElse(null),
        view.projects().stream().map(ProjectJson::of).toList(),
        view.resident().map(ResidentJson::of).orElse(null),
        view.seats().stream().map(s -> s.committee().name() + ":" + s.project().code()).toList());
  }
}
