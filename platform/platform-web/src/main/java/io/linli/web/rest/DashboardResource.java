package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.plugin.PluginContributions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The company's dashboard figures (so far those its plugins contribute). */
@Path("dashboard")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject PluginContributions plugins;

  /** A figure, with the plugin that contributed it. */
  public record MetricJson(String plugin, String key, String label, String value, String unit, String signal) {}

  @GET
  @Path("metrics")
  public List<MetricJson> metrics() {
    return plugins.metrics().stream().map(m -> new MetricJson(m.pluginId(), m.metric().key(),
        m.metric().label().zh(), m.metric().value(), m.metric().unit(), m.metric().signal().name())).toList();
  }
}
