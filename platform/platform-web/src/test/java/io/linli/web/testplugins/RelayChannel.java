package io.linli.web.testplugins;

import io.linli.api.Caller;
import io.linli.api.NotificationChannel;
import io.linli.api.PluginContext;
import io.linli.api.RestResources;
import io.linli.api.StaffMessage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.pf4j.Extension;

/** As an SMS gateway would: keeps what it was handed, per tenant, and shows it at {@code /api/plugins/relay}. */
public class RelayChannel {

  /** One delivery, with the tenant it was for. */
  record Delivery(String tenant, StaffMessage message) {}

  static final Queue<Delivery> DELIVERED = new ConcurrentLinkedQueue<>();

  private RelayChannel() {}

  @Extension
  public static class Channel implements NotificationChannel {

    private final PluginContext context;

    public Channel(PluginContext context) {
      this.context = context;
    }

    @Override
    public void deliver(StaffMessage message) {
      DELIVERED.add(new Delivery(context.tenant().value(), message));
    }
  }

  @Extension
  public static class Api implements RestResources {

    private final PluginContext context;

    public Api(PluginContext context) {
      this.context = context;
    }

    @Override
    public Object resource(Caller caller) {
      return new Deliveries(context.tenant().value());
    }
  }

  /** The texts delivered for the caller's tenant, with who they were for. */
  @Produces(MediaType.APPLICATION_JSON)
  public static class Deliveries {

    private final String tenant;

    Deliveries(String tenant) {
      this.tenant = tenant;
    }

    @GET
    public List<String> delivered() {
      return DELIVERED.stream().filter(d -> d.tenant().equals(tenant))
          .map(d -> d.message().recipient().name() + "：" + d.message().text()).toList();
    }
  }
}
