package io.linli.web.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every endpoint needs a valid bearer token unless it is marked {@code @PermitAll}: 401 (with the scheme to use),
 * before any resource code runs. Which roles may call it is then {@code @RolesAllowed}'s business (403).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequired implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() != null || isPublic()) {
      return;
    }
    request.abortWith(Problem.of(Response.Status.UNAUTHORIZED, "a valid bearer token is required")
        .toResponse()
        .header("WWW-Authenticate", "Bearer realm=\"linli\"")
        .build());
  }

  private boolean isPublic() {
    return resource.getResourceMethod() != null
        && (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
            || resource.getResourceClass().isAnnotationPresent(PermitAll.class));
  }
}
