package io.linli.knowledge;

import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The bound tenant's articles, as provisioning matches them with faq.yaml. */
@ApplicationScoped
public class ArticleRepository {

  @Inject TenantEntityManager entityManagers;

  /** @return the articles that came from faq.yaml (they have a code) */
  public List<Article> provisioned() {
    return entityManagers.current()
        .createQuery("select a from Article a where a.code is not null order by a.code", Article.class)
        .getResultList();
  }
}
