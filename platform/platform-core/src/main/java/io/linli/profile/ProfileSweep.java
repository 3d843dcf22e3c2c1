package io.linli.profile;

import io.linli.api.TenantId;
import io.linli.schedule.DueWork;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * Once a day per company, every household's rule tags anew: silence (不活跃) and tickets left open grow with time
 * alone, and contacts, votes and notices read count too. A company is due when its {@code profile_sweep} row is (or
 * it has none yet); the row is locked {@code FOR UPDATE SKIP LOCKED}, so one node of a cluster does the work.
 */
@ApplicationScoped
public class ProfileSweep implements DueWork<ProfileSweep.Company> {

  static final Duration EVERY = Duration.ofDays(1);

  /** A company whose sweep is due. */
  public record Company(TenantId tenant) implements DueWork.Row {}

  @Inject TenantEntityManager entityManagers;
  @Inject ProfileService profiles;

  @Override
  public int everySeconds() {
    return 300;
  }

  /** Reads only tenant ids across tenants: native SQL let through as in {@code DueRows}. */
  @Override
  @Transactional
  @SuppressWarnings("unchecked")
  public List<Company> due(Instant now, int limit) {
    return ((List<Object>) entityManagers.platform()
        .createNativeQuery("SELECT t.slug FROM tenant t LEFT JOIN profile_sweep s ON s.tenant_id = t.slug"
            + " WHERE s.next_at IS NULL OR s.next_at <= ? ORDER BY s.next_at LIMIT ?")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList())
        .stream().map(slug -> new Company(TenantId.of((String) slug))).toList();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean handle(Company company, Instant now) {
    var entityManager = entityManagers.current();
    entityManager.createNativeQuery("INSERT IGNORE INTO profile_sweep (tenant_id, next_at) VALUES (?, ?)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, company.tenant().value()).setParameter(2, Timestamp.from(now)).executeUpdate();
    boolean mine = !entityManager.createNativeQuery("SELECT id FROM profile_sweep WHERE tenant_id = ?"
            + " AND next_at <= ? FOR UPDATE SKIP LOCKED")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, company.tenant().value()).setParameter(2, Timestamp.from(now)).getResultList().isEmpty();
    if (!mine) {
      return false;
    }
    profiles.recomputeAll();
    entityManager.createNativeQuery("UPDATE profile_sweep SET next_at = ? WHERE tenant_id = ?")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, Timestamp.from(now.plus(EVERY))).setParameter(2, company.tenant().value()).executeUpdate();
    return true;
  }
}
