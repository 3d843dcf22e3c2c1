package io.linli.web.rest;

import io.linli.api.TenantId;
import io.linli.settings.LinliSettings;
import io.linli.provisioning.ProvisioningReport;
import io.linli.provisioning.ProvisioningService;
import io.linli.provisioning.NewTenant;
import io.linli.provisioning.TenantAlreadyExists;
import io.linli.tenancy.TenantService;
import io.linli.web.rest.Json.TenantJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The SaaS operator's view: all tenants, and provisioning a new one. */
@Path("operator/tenants")
@RequestScoped
@RolesAllowed(StaffRoles.OPERATOR)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorResource {

  @Inject TenantService tenants;
  @Inject ProvisioningService provisioning;
  @Inject LinliSettings settings;


  public record ProvisionedJson(TenantJson tenant, Map<String, Integer> created) {}

  @GET
  public List<TenantJson> tenants() {
    return tenants.all().stream().map(TenantJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response provision(@Valid @NotNull(message = "a JSON body is required") NewTenant request) {
    try {
      ProvisioningReport report = provisioning.provisionNew(request);
      TenantJson tenant = tenants.tenant(report.tenant()).map(TenantJson::of).orElseThrow();
      return Response.created(URI.create("/api/operator/tenants/" + tenant.id()))
          .entity(new ProvisionedJson(tenant, report.created()))
          .build();
    } catch (TenantAlreadyExists e) {
      return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse().build();
    }
  }

  /**
   * Applies {@code tenants/<id>/} again, after its files were edited: updates what changed, creates what is new,
   * never duplicates. A malformed file: 422 naming the file, line and field; nothing is changed.
   */
  @POST
  @Path("{id}/provision")
  public Response reprovision(@PathParam("id") @Pattern(regexp = "[a-z][a-z0-9-]{1,30}", message = "is not a tenant code")
      String id) {
    var outcome = settings.tenantsDirectory()
        .flatMap(dir -> provisioning.reprovision(dir, TenantId.of(id), settings.demoPassword()))
        .orElseThrow(() -> new NotFoundException("no tenant folder " + id));
    if (!outcome.succeeded()) {
      var problem = outcome.problem();
      return new Problem("about:blank", "Unprocessable Content", 422, problem.getMessage(),
          List.of(new Problem.FieldError(problem.field(), problem.getMessage()))).toResponse().build();
    }
    TenantJson tenant = tenants.tenant(outcome.report().tenant()).map(TenantJson::of).orElseThrow();
    return Response.ok(new ProvisionedJson(tenant, outcome.report().created())).build();
  }
}
