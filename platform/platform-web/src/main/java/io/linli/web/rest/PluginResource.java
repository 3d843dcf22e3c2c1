package io.linli.web.rest;

import io.linli.api.Permission;
import io.linli.api.RestResources;
import io.linli.identity.SignedInUser;
import io.linli.plugin.PluginCalls;
import io.linli.plugin.PluginHost;
import io.linli.plugin.PluginService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Plugins: which ones the company uses (its admin enables them, consenting to what they declare), and each enabled
 * plugin's own API under {@code /api/plugins/{pluginId}/…}.
 */
@Path("plugins")
@RequestScoped
@RolesAllowed({StaffRoles.TENANT_ADMIN, StaffRoles.REGIONAL_DIRECTOR, StaffRoles.PROJECT_MANAGER,
    StaffRoles.BUILDING_STEWARD, StaffRoles.CUSTOMER_SERVICE_AGENT, StaffRoles.TECHNICIAN, StaffRoles.RESIDENT,
    StaffRoles.OPERATOR})
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

  @Inject PluginService plugins;
  @Inject PluginHost host;
  @Inject PluginCalls calls;
  @Context SecurityContext security;

  /** A plugin as the company's admin sees it. */
  public record PluginJson(String id, String version, String description, String provider, String requires,
      List<String> permissions, boolean running, String problem, boolean enabled, boolean active,
      List<String> consented, boolean needsConsent, String suspension, long failures) {}

  /** The admin's consent when enabling. (A class: see NewTenant.) */
  public static final class EnablementJson {
    @NotNull(message = "is required: the permissions you agree to, e.g. [\"tickets.read\"]")
    final List<String> consent;

    @JsonbCreator
    public EnablementJson(@JsonbProperty("consent") List<String> consent) {
      this.consent = consent;
    }
  }

  @GET
  @SecurityRequirement(name = "bearer")
  public List<PluginJson> catalogue() {
    return plugins.catalogue(user()).stream().map(t -> new PluginJson(t.plugin().id(), t.plugin().version(),
        t.plugin().description(), t.plugin().provider(), t.plugin().requires(), codes(t.plugin().permissions()),
        t.plugin().isRunning(), t.plugin().problem(), t.enabled(), t.active(), codes(t.consented()),
        t.needsConsent(), t.suspension(), calls.failures(t.plugin().id()))).toList();
  }

  @PUT
  @Path("{pluginId}/enablement")
  @SecurityRequirement(name = "bearer")
  @Consumes(MediaType.APPLICATION_JSON)
  public void enable(@PathParam("pluginId") String pluginId, @Valid @NotNull EnablementJson body) {
    Set<Permission> consent = EnumSet.noneOf(Permission.class);
    for (String code : body.consent) {
      consent.add(Permission.ofCode(code)
          .orElseThrow(() -> new IllegalArgumentException("consent: no such permission: " + code)));
    }
    plugins.enable(user(), pluginId, consent);
  }

  @DELETE
  @Path("{pluginId}/enablement")
  @SecurityRequirement(name = "bearer")
  public void disable(@PathParam("pluginId") String pluginId) {
    plugins.disable(user(), pluginId);
  }

  /**
   * The plugin's own API, for signed-in people of companies that enabled it; 404 for everyone else. (No class-level
   * {@code @SecurityRequirement}: Payara's OpenAPI scanner fails on a sub-resource locator that has one.)
   */
  @Path("{pluginId}")
  public Object pluginApi(@PathParam("pluginId") String pluginId) {
    SignedInUser user = user();
    if (user == null) { // the roles above do not guard a sub-resource locator
      throw new NotAuthorizedException("a valid bearer token is required", "Bearer");
    }
    if (user.tenant() == null || !plugins.isActive(pluginId)) {
      throw new NoSuchElementException("plugin " + pluginId);
    }
    return host.extensions(RestResources.class, pluginId).stream().findFirst()
        .map(resources -> resources.resource(user.caller()))
        .orElseThrow(() -> new NoSuchElementException("plugin " + pluginId + " has no REST resources"));
  }

  private SignedInUser user() {
    return (SignedInUser) security.getUserPrincipal();
  }

  private static List<String> codes(Set<Permission> permissions) {
    return permissions.stream().map(Permission::code).sorted().toList();
  }
}
