package io.linli.notification;

import com.interaso.webpush.VapidKeys;
import io.linli.identity.PlatformSecret;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The VAPID key pair that identifies Linli to browsers' push services: generated on the first start and kept with
 * the platform's secrets, so every node signs with the same key and subscriptions outlive restarts.
 */
@ApplicationScoped
public class WebPushKeys {

  static final String PUBLIC = "vapid-public";
  static final String PRIVATE = "vapid-private";

  @Inject TenantEntityManager entityManagers;

  private volatile VapidKeys keys;

  @Transactional
  public void ensure() {
    var entityManager = entityManagers.platform();
    if (entityManager.find(PlatformSecret.class, PRIVATE) == null) {
      VapidKeys generated = VapidKeys.generate();
      entityManager.persist(new PlatformSecret(PUBLIC, generated.getX509PublicKey().getBytes(StandardCharsets.US_ASCII)));
      entityManager.persist(new PlatformSecret(PRIVATE,
          generated.getPkcs8PrivateKey().getBytes(StandardCharsets.US_ASCII)));
    }
  }

  @Transactional
  public VapidKeys keys() {
    if (keys == null) {
      var entityManager = entityManagers.platform();
      keys = VapidKeys.create(
          new String(entityManager.find(PlatformSecret.class, PUBLIC).secret(), StandardCharsets.US_ASCII),
          new String(entityManager.find(PlatformSecret.class, PRIVATE).secret(), StandardCharsets.US_ASCII));
    }
    return keys;
  }

  /** @return the public key as a browser's {@code pushManager.subscribe} takes it (base64url, uncompressed point) */
  public String applicationServerKey() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(keys().getApplicationServerKey());
  }
}
