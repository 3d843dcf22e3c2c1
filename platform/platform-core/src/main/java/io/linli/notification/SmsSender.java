package io.linli.notification;

import io.linli.settings.LinliSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Text messages through an HTTP SMS gateway ({@code linli.sms.url}, {@code linli.sms.key}): a JSON post of the
 * number, the text and the delivery's reference. A 5xx, 429 or no answer is tried again later; another 4xx is final.
 */
@ApplicationScoped
public class SmsSender extends ChannelSender {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  protected DeliveryChannel channel() {
    return DeliveryChannel.SMS;
  }

  @Override
  protected void send(Delivery delivery, Instant now) throws DeliveryFailed {
    LinliSettings.SmsGateway gateway = settings.smsGateway()
        .orElseThrow(() -> new DeliveryFailed("SMS is off: no gateway is configured (linli.sms.url)", false));
    String body = Json.createObjectBuilder().add("to", delivery.address()).add("text", delivery.text())
        .add("reference", "linli-" + delivery.id()).build().toString();
    HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.url()))
        .timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Authorization", "Bearer " + gateway.key())
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryFailed("SMS gateway: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("SMS gateway: interrupted", e);
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw new DeliveryFailed("SMS gateway answered " + status + ": " + response.body(),
          status >= 500 || status == 429);
    }
  }
}
