package io.linli.knowledge;

import io.linli.community.Household;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A household said an article answered its question (这解决了我的问题): once per household and article. */
@Entity
@Table(name = "knowledge_helpful")
public class Helpful extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Column(name = "marked_at", nullable = false)
  private Instant markedAt;

  protected Helpful() {}

  Helpful(Article article, Household household, Instant now) {
    this.article = article;
    this.household = household;
    this.markedAt = now;
  }

  public Instant markedAt() {
    return markedAt;
  }
}
