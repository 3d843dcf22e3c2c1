package io.linli.web.testplugins;

import io.linli.api.PluginContext;
import io.linli.api.TicketSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Tells a plugin's caller what the platform lets it see. */
@Produces(MediaType.APPLICATION_JSON)
public class EchoApi {

  private final PluginContext context;

  public EchoApi(PluginContext context) {
    this.context = context;
  }

  @GET
  @Path("tenant")
  public Map<String, String> tenant() {
    return Map.of("tenant", context.tenant().value(), "plugin", context.pluginId());
  }

  @GET
  @Path("tickets/{id}")
  public Map<String, Object> ticket(@PathParam("id") long id) {
    TicketSummary ticket = context.tickets().ticket(id).orElseThrow(NotFoundException::new);
    return Map.of("id", ticket.id(), "title", ticket.title(), "status", ticket.status());
  }

  /** Residents were not declared: the platform refuses. */
  @GET
  @Path("residents/{id}")
  public Object resident(@PathParam("id") long id) {
    return context.residents().resident(id).orElseThrow(NotFoundException::new);
  }
}
