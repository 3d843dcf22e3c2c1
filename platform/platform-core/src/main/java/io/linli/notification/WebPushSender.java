package io.linli.notification;

import com.interaso.webpush.WebPush;
import com.interaso.webpush.WebPushService;
import com.interaso.webpush.WebPushStatusException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;

/**
 * Browser notifications through each browser's push service, signed with Linli's VAPID key and encrypted for the
 * subscription (aes128gcm). A subscription the push service no longer knows (404, 410) is forgotten.
 */
@ApplicationScoped
public class WebPushSender extends ChannelSender {

  private static final int TIME_TO_LIVE_SECONDS = 24 * 3600;

  @Inject WebPushKeys keys;

  @Override
  protected DeliveryChannel channel() {
    return DeliveryChannel.WEB_PUSH;
  }

  @Override
  protected void send(Delivery delivery, Instant now) throws DeliveryFailed {
    var entityManager = entityManagers.current();
    PushSubscription subscription = entityManager
        .createQuery("select s from PushSubscription s where s.resident = :r and s.endpoint = :e",
            PushSubscription.class)
        .setParameter("r", delivery.resident()).setParameter("e", delivery.address())
        .getResultStream().findFirst()
        .orElseThrow(() -> new DeliveryFailed("the browser's subscription was withdrawn", false));
    String payload = Json.createObjectBuilder().add("title", delivery.subject()).add("body", delivery.text())
        .add("url", delivery.link() == null ? "/portal" : delivery.link()).build().toString();
    WebPushService push = new WebPushService("mailto:" + settings.smtp().map(s -> s.from()).orElse("noreply@linli.local"),
        keys.keys());
    WebPush.SubscriptionState state;
    try {
      state = push.send(payload, subscription.endpoint(), subscription.p256dh(), subscription.auth(),
          TIME_TO_LIVE_SECONDS, null, WebPush.Urgency.High);
    } catch (Exception e) { // the library is Kotlin: its WebPushException is checked but not declared
      if (e instanceof WebPushStatusException status) {
        throw new DeliveryFailed("push service answered " + status.getStatusCode() + ": " + e.getMessage(),
            status.getStatusCode() >= 500 || status.getStatusCode() == 429);
      }
      throw new DeliveryFailed("push service: " + e.getMessage(), e);
    }
    if (state == WebPush.SubscriptionState.EXPIRED) {
      entityManager.remove(subscription);
      throw new DeliveryFailed("the push service no longer knows this browser; subscription removed", false);
    }
  }
}
