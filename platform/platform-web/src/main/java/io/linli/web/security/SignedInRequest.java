package io.linli.web.security;

import io.linli.identity.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/** A request on behalf of a verified user: JAX-RS's SecurityContext and {@code @RolesAllowed} read it. */
final class SignedInRequest extends HttpServletRequestWrapper {

  private final SignedInUser user;

  SignedInRequest(HttpServletRequest request, SignedInUser user) {
    super(request);
    this.user = user;
  }

  @Override
  public Principal getUserPrincipal() {
    return user;
  }

  @Override
  public String getRemoteUser() {
    return user.username();
  }

  @Override
  public boolean isUserInRole(String role) {
    return user.roles().stream().anyMatch(r -> r.name().equals(role));
  }

  @Override
  public String getAuthType() {
    return user.kind() == null ? null : "BEARER";
  }
}
