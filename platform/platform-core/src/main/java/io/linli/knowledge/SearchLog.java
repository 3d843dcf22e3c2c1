package io.linli.knowledge;

import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An owner's search of the knowledge base and how many articles it found, for the dashboard's deflection rate. */
@Entity
@Table(name = "knowledge_search")
public class SearchLog extends TenantOwned {

  static final int MAX_QUERY = 100;

  @Column(name = "query", length = MAX_QUERY, nullable = false)
  private String query;

  @Column(name = "hits", nullable = false)
  private int hits;

  @Column(name = "searched_at", nullable = false)
  private Instant searchedAt;

  protected SearchLog() {}

  SearchLog(String query, int hits, Instant now) {
    this.query = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    this.hits = hits;
    this.searchedAt = now;
  }
}
