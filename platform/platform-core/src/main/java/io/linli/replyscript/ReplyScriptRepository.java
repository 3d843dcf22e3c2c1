package io.linli.replyscript;

import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The reply scripts of the bound tenant. */
@ApplicationScoped
public class ReplyScriptRepository {

  @Inject TenantEntityManager entityManagers;

  public List<ReplyScript> all() {
    return entityManagers.current()
        .createQuery("select s from ReplyScript s order by s.code", ReplyScript.class)
        .getResultList();
  }

  /** @return the scripts for a category and those for every category */
  public List<ReplyScript> forCategory(String category) {
    return entityManagers.current()
        .createQuery("select s from ReplyScript s where s.category = :c or s.category is null order by s.code",
            ReplyScript.class)
        .setParameter("c", category)
        .getResultList();
  }

  public void store(ReplyScript script) {
    entityManagers.current().persist(script);
  }
}
