package io.linli.notification;

import com.interaso.webpush.VapidKeys;
import io.linli.identity.PlatformSecret;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.persistence.config.QueryHints;

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

  /** Two nodes starting at once both try; the first pair stored wins (one statement, so no half pair). */
  @Transactional
  public void ensure() {
    VapidKeys generated = VapidKeys.generate();
    entityManagers.platform()
        .createNativeQuery("INSERT IGNORE INTO platform_secret (name, secret) VALUES (?, ?), (?, ?)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true) // the platform's own table, no tenant's
        .setParameter(1, PUBLIC).setParameter(2, generated.getX509PublicKey().getBytes(StandardCharsets.US_ASCII))
        .setParameter(3, PRIVATE).setParameter(4, generated.getPkcs8PrivateKey().getBytes(StandardCharsets.US_ASCII))
        .executeUpdate();
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
