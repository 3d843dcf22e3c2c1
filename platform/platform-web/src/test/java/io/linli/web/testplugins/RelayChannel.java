package io.linli.web.testplugins;

import io.linli.api.Caller;
import io.linli.api.NotificationChannel;
import io.linli.api.OwnerChannel;
import io.linli.api.OwnerMessage;
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

/**
 * As an SMS gateway or WeCom would: keeps what it was handed — staff notifications and messages to owners — per
 * tenant, and shows it at {@code /api/plugins/relay}.
 */
public class RelayChannel {

  /** One delivery, with the tenant it was for: whom, and what. */
  record Delivery(String tenant, String recipient, String text) {}

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
      DELIVERED.add(new Delivery(context.tenant().value(), message.recipient().name(), message.text()));
    }
  }

  @Extension
  public static class Owners implements OwnerChannel {

    private final PluginContext context;

    public Owners(PluginContext context) {
      this.context = context;
    }

    @Override
    public void deliver(OwnerMessage message) {
      DELIVERED.add(new Delivery(context.tenant().value(), message.recipient().name() + " " + message.phone(),
          message.subject() + " " + message.reference()));
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
          .map(d -> d.recipient() + "：" + d.text()).toList();
    }
  }
}
