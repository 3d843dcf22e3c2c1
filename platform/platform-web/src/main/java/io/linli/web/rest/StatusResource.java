package io.linli.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Answers once the application is deployed and migrated: the launcher waits for it. */
@Path("status")
@RequestScoped
@PermitAll
public class StatusResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> status() {
    return Map.of("status", "UP");
  }
}
