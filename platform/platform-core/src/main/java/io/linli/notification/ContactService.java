package io.linli.notification;

import io.linli.audit.AuditLog;
import io.linli.api.QuietHours;
import io.linli.people.Resident;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/** How owners want to be reached: their preferences and the browsers that may show them notifications. */
@ApplicationScoped
@Transactional
public class ContactService {

  @Inject TenantEntityManager entityManagers;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** @return the owner's preferences, or the defaults (not stored) when they set none */
  public ContactPreferences preferences(Resident resident) {
    return entityManagers.current()
        .createQuery("select p from ContactPreferences p where p.resident = :r", ContactPreferences.class)
        .setParameter("r", resident).getResultStream().findFirst()
        .orElseGet(() -> ContactPreferences.defaults(resident));
  }

  /** @return each resident's preferences (the defaults for those who set none), by resident id */
  public Map<Long, ContactPreferences> preferences(Collection<Resident> residents) {
    if (residents.isEmpty()) {
      return Map.of();
    }
    Map<Long, ContactPreferences> stored = entityManagers.current()
        .createQuery("select p from ContactPreferences p where p.resident in :r", ContactPreferences.class)
        .setParameter("r", residents).getResultStream()
        .collect(Collectors.toMap(p -> p.resident().id(), Function.identity()));
    Map<Long, ContactPreferences> all = new HashMap<>(stored);
    residents.forEach(r -> all.computeIfAbsent(r.id(), id -> ContactPreferences.defaults(r)));
    return all;
  }

  /** @throws IllegalArgumentException naming the field that is wrong */
  public ContactPreferences change(Resident resident, Set<DeliveryChannel> channels, String email,
      QuietHours quietHours, String language) {
    ContactPreferences preferences = preferences(resident);
    preferences.change(channels, email, quietHours, language);
    if (preferences.id() == null) {
      entityManagers.current().persist(preferences);
    }
    audit.record("preferences.change", "resident", resident.id(), channels.toString());
    return preferences;
  }

  /**
   * Remembers a browser's push subscription (again: nothing new). A browser is one person's: whoever had it before
   * — another resident, of this company or another — no longer gets pushes there.
   *
   * @throws IllegalArgumentException if unusable
   */
  public void subscribe(Resident resident, String endpoint, String p256dh, String auth) {
    PushSubscription subscription = new PushSubscription(resident, endpoint, p256dh, auth, clock.instant());
    entityManagers.platform()
        .createNativeQuery("DELETE FROM push_subscription WHERE endpoint = ?"
            + " AND NOT (tenant_id = ? AND resident_id = ?)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true) // across tenants on purpose: the browser is the key
        .setParameter(1, endpoint).setParameter(2, TenantContext.require().value()).setParameter(3, resident.id())
        .executeUpdate();
    boolean known = subscriptions(resident).stream().anyMatch(s -> s.endpoint().equals(endpoint));
    if (!known) {
      entityManagers.current().persist(subscription);
      audit.record("push.subscribe", "resident", resident.id(), null);
    }
  }

  public List<PushSubscription> subscriptions(Resident resident) {
    return entityManagers.current()
        .createQuery("select s from PushSubscription s where s.resident = :r order by s.id", PushSubscription.class)
        .setParameter("r", resident).getResultList();
  }
}
