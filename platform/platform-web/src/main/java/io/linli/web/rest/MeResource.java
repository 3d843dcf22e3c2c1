package io.linli.web.rest;

import io.linli.identity.AccessTokens;
import io.linli.identity.SignInRefused;
import io.linli.identity.SignInService;
import io.linli.identity.SignedInUser;
import io.linli.web.Workplace;
import io.linli.web.rest.Json.ProjectJson;
import io.linli.web.rest.Json.ResidentJson;
import io.linli.web.rest.Json.TenantJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Who the token belongs to: their company, roles and where they work or live. */
@Path("me")
@RequestScoped
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Workplace workplace;
  @Inject SignInService signIn;
  @Inject AccessTokens tokens;
  @Context HttpServletRequest http;

  /** A class rather than a record: Payara's OpenAPI scanner fails on constraints of record components. */
  public static final class PasswordChange {
    @NotNull(message = "is required")
    @Size(max = 200, message = "is at most 200 characters")
    private final String currentPassword;

    @NotNull(message = "is required")
    @Size(max = 200, message = "is at most 200 characters")
    private final String newPassword;

    @JsonbCreator
    public PasswordChange(@JsonbProperty("currentPassword") String currentPassword,
        @JsonbProperty("newPassword") String newPassword) {
      this.currentPassword = currentPassword;
      this.newPassword = newPassword;
    }
  }

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

  /**
   * Changes the caller's password: every token and browser session of the account stops working, this token's
   * too; the answer carries a new one. A wrong current password counts as a failed sign-in (401, then 429).
   */
  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the password; all earlier tokens and sessions of the account are revoked")
  public Response changePassword(@Context SecurityContext security,
      @Valid @NotNull(message = "a JSON body is required") PasswordChange change) {
    SignedInUser user = (SignedInUser) security.getUserPrincipal();
    try {
      SignedInUser renewed = signIn.changePassword(user, change.currentPassword.toCharArray(),
          change.newPassword.toCharArray(), http.getRemoteAddr());
      return Response.ok(AuthResource.TokenResponse.of(tokens.issue(renewed))).build();
    } catch (SignInRefused refused) {
      return AuthResource.refusal(refused);
    }
  }
}
