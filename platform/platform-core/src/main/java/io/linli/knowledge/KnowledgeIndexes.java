package io.linli.knowledge;

import io.linli.api.TenantId;
import io.linli.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each tenant's search index, kept in memory and rebuilt from the database when the tenant's articles changed. The
 * fingerprint (how many articles, the latest change) is two reads of an index, so a change on another node of the
 * cluster, or straight in the database, is seen on the next search; keyed by the bound tenant, so one tenant's index
 * never answers another's search.
 */
@ApplicationScoped
public class KnowledgeIndexes {

  private record Fingerprint(long articles, Instant lastChange) {}

  private record Built(Fingerprint fingerprint, KnowledgeIndex index) {}

  private final ConcurrentMap<TenantId, Built> built = new ConcurrentHashMap<>();

  /** @param entityManager the transaction's, bound to the tenant */
  KnowledgeIndex of(EntityManager entityManager) {
    TenantId tenant = TenantContext.require();
    // read before the articles: a change in between leaves an older fingerprint, and the next search rebuilds.
    // Two reads of the (tenant_id, updated_at) index; max(updatedAt) would bypass the Instant converter.
    long articles = entityManager.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    Instant lastChange = entityManager
        .createQuery("select a.updatedAt from Article a order by a.updatedAt desc", Instant.class)
        .setMaxResults(1).getResultStream().findFirst().orElse(null);
    Fingerprint now = new Fingerprint(articles, lastChange);
    Built cached = built.get(tenant);
    if (cached != null && cached.fingerprint().equals(now)) {
      return cached.index();
    }
    KnowledgeIndex index = KnowledgeIndex.of(entityManager
        .createQuery("select a from Article a where a.published = true", Article.class).getResultList().stream()
        .map(a -> new KnowledgeIndex.Entry(a.id(), a.question(), a.answerText(), a.keywords())).toList());
    built.put(tenant, new Built(now, index));
    return index;
  }
}
