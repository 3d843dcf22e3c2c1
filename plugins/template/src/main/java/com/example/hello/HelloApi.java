package com.example.hello;

import io.linli.api.Caller;
import io.linli.api.PluginContext;
import io.linli.api.RestResources;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** {@code GET /api/plugins/hello/greeting}, for signed-in people of companies that enabled the plugin. */
@Extension
public class HelloApi implements RestResources {

  private final Greetings greetings;

  public HelloApi(PluginContext context) {
    greetings = new Greetings(context);
  }

  @Override
  public Object resource(Caller caller) {
    return new Resource(caller);
  }

  /** The JAX-RS sub-resource: a new one per request. */
  @Produces(MediaType.APPLICATION_JSON)
  public class Resource {

    private final Caller caller;

    Resource(Caller caller) {
      this.caller = caller;
    }

    @GET
    @Path("greeting")
    public Map<String, String> greeting() {
      return Map.of("greeting", greetings.greeting(), "to", caller.name());
    }

    /** The titles of the last tickets the plugin noticed, from its own table. */
    @GET
    @Path("noticed")
    public List<String> noticed() {
      return greetings.noticed().stream().map(Greeting::title).toList();
    }
  }
}
