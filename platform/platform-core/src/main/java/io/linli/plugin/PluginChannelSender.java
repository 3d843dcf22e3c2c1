package io.linli.plugin;

import io.linli.api.OwnerChannel;
import io.linli.api.OwnerMessage;
import io.linli.api.Permission;
import io.linli.notification.ChannelSender;
import io.linli.notification.ContactService;
import io.linli.notification.Delivery;
import io.linli.notification.DeliveryChannel;
import io.linli.notification.DeliveryFailed;
import io.linli.people.Resident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Owners' messages through the channels of the plugins the company enabled ({@link OwnerChannel}, with consent to
 * {@code owners.contact}). Each plugin is called contained, as every plugin call is; the delivery counts as sent when
 * one channel took it, and is tried again later when all failed.
 */
@ApplicationScoped
public class PluginChannelSender extends ChannelSender {

  @Inject PluginHost host;
  @Inject PluginService plugins;
  @Inject PluginCalls calls;
  @Inject ContactService contacts;

  @Override
  protected DeliveryChannel channel() {
    return DeliveryChannel.PLUGIN;
  }

  @Override
  protected void send(Delivery delivery, Instant now) throws DeliveryFailed {
    Resident resident = delivery.resident();
    OwnerMessage message = new OwnerMessage(PluginServices.summary(resident), resident.phone(),
        contacts.preferences(resident).language(), delivery.subject(), delivery.text(), delivery.link(),
        "linli-" + delivery.id());
    boolean offered = false;
    boolean taken = false;
    for (String pluginId : plugins.active()) {
      boolean consented = host.running(pluginId).map(p -> p.permissions().contains(Permission.OWNERS_CONTACT))
          .orElse(false);
      for (OwnerChannel channel : consented ? host.extensions(OwnerChannel.class, pluginId) : List.<OwnerChannel>of()) {
        offered = true;
        taken |= calls.ask(pluginId, () -> {
          try {
            channel.deliver(message);
            return true;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }).isPresent();
      }
    }
    if (!offered) {
      throw new DeliveryFailed("no plugin channel: the company has enabled no plugin offering one", false);
    }
    if (!taken) {
      throw new DeliveryFailed("every plugin channel failed (see the plugin failures in the log)", true);
    }
  }
}
