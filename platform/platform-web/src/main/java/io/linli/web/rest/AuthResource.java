package io.linli.web.rest;

import io.linli.api.TenantId;
import io.linli.identity.AccessTokens;
import io.linli.identity.AccountKind;
import io.linli.identity.Credentials;
import io.linli.identity.SignInRefused;
import io.linli.identity.SignInService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Issues bearer tokens for the REST API. */
@Path("auth")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject SignInService signIn;
  @Inject AccessTokens tokens;
  @Context HttpServletRequest http;

  /**
   * Credentials. {@code kind}: staff (default), resident (username = mobile number) or operator (no tenant). A class
   * rather than a record: Payara's OpenAPI scanner fails on constraints of record components.
   */
  public static final class TokenRequest {
    @Pattern(regexp = "staff|resident|operator", message = "must be staff, resident or operator")
    private final String kind;

    @Pattern(regexp = "[a-z][a-z0-9-]{1,30}", message = "must be a tenant code such as huayuan")
    private final String tenant;

    @NotBlank(message = "is required")
    @Size(max = 40, message = "is at most 40 characters")
    private final String username;

    @NotNull(message = "is required")
    @Size(max = 200, message = "is at most 200 characters")
    private final String password;

    @JsonbCreator
    public TokenRequest(@JsonbProperty("kind") String kind, @JsonbProperty("tenant") String tenant,
        @JsonbProperty("username") String username, @JsonbProperty("password") String password) {
      this.kind = kind;
      this.tenant = tenant;
      this.username = username;
      this.password = password;
    }

    String kind() {
      return kind;
    }

    String tenant() {
      return tenant;
    }

    String username() {
      return username;
    }

    String password() {
      return password;
    }
  }

  public record TokenResponse(String access_token, String token_type, long expires_in) {
    static TokenResponse of(String token) {
      return new TokenResponse(token, "Bearer", AccessTokens.LIFETIME.toSeconds());
    }
  }

  @POST
  @Path("token")
  @Operation(summary = "Sign in and receive a bearer token carrying the tenant and roles")
  public Response token(@Valid @NotNull(message = "a JSON body is required") TokenRequest request) {
    AccountKind kind = request.kind() == null ? AccountKind.STAFF : AccountKind.valueOf(request.kind().toUpperCase());
    if (kind != AccountKind.OPERATOR && request.tenant() == null) {
      return Problem.invalid(java.util.List.of(new Problem.FieldError("tenant", "is required"))).toResponse().build();
    }
    TenantId tenant = kind == AccountKind.OPERATOR ? null : TenantId.of(request.tenant());
    try {
      var user = signIn.signIn(
          new Credentials(kind, tenant, request.username(), request.password().toCharArray()), http.getRemoteAddr());
      return Response.ok(TokenResponse.of(tokens.issue(user))).build();
    } catch (SignInRefused refused) {
      return refusal(refused);
    }
  }

  /** 401 for wrong credentials; 429 with Retry-After once too many attempts failed. */
  static Response refusal(SignInRefused refused) {
    if (refused.isThrottled()) {
      return Problem.of(Response.Status.TOO_MANY_REQUESTS, "too many failed sign-ins; try again later")
          .toResponse()
          .header("Retry-After", Math.max(1, refused.retryAfter().toSeconds()))
          .build();
    }
    return Problem.of(Response.Status.UNAUTHORIZED, "sign-in failed").toResponse().build();
  }
}
