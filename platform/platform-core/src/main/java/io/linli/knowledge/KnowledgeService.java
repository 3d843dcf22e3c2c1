package io.linli.knowledge;

import io.linli.audit.AuditLog;
import io.linli.api.Role;
import io.linli.community.Household;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.people.PeopleRepository;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The company's knowledge base: staff write articles, owners search the published ones and say which answered their
 * question. Articles are company-wide.
 */
@ApplicationScoped
@Transactional
public class KnowledgeService {

  /** Who writes articles. */
  static final Set<Role> WRITERS = Set.of(Role.TENANT_ADMIN, Role.REGIONAL_DIRECTOR, Role.PROJECT_MANAGER,
      Role.CUSTOMER_SERVICE_AGENT);
  /** The longest search taken: longer text is cut, a question rarely needs more. */
  public static final int MAX_QUERY = SearchLog.MAX_QUERY;

  @Inject TenantEntityManager entityManagers;
  @Inject AuditLog audit;
  @Inject KnowledgeIndexes indexes;
  @Inject PeopleRepository people;
  @Inject Clock clock;

  /** What a writer sends; {@code category} and {@code keywords} may be empty. */
  public record Draft(String question, String answer, String category, String keywords, boolean published) {}

  /** A search result: the article, its score and a piece of its answer. */
  public record Found(Article article, float score, String snippet) {}

  /**
   * An article as its reader sees it: how many households it helped, and (for a resident) whether theirs said so.
   */
  public record Read(Article article, long helpful, boolean helpedMyHousehold) {}

  /** @return whether the person may write articles (for the console's edit buttons) */
  public static boolean writes(SignedInUser user) {
    return user.kind() == AccountKind.STAFF && user.roles().stream().anyMatch(WRITERS::contains);
  }

  /**
   * Searches the published articles, best first; an owner's search is logged for the deflection figures.
   *
   * @throws IllegalArgumentException naming {@code q} when there is nothing to search for
   */
  public List<Found> search(SignedInUser user, String text, int limit) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("q: is required");
    }
    List<Found> found = suggest(text, limit);
    if (user.kind() == AccountKind.RESIDENT) {
      entityManagers.current().persist(new SearchLog(text.strip(), found.size(), clock.instant()));
    }
    return found;
  }

  /**
   * Articles that may answer a text, such as the title of a ticket an owner is about to file; nothing is logged.
   * For the tenant bound to the thread.
   *
   * @return at most {@code limit} (1–20) published articles, best first; none for a blank text
   */
  public List<Found> suggest(String text, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String query = text.strip().length() > MAX_QUERY ? text.strip().substring(0, MAX_QUERY) : text.strip();
    var entityManager = entityManagers.current();
    List<KnowledgeIndex.Hit> hits = indexes.of(entityManager).search(query, Math.max(1, Math.min(limit, 20)));
    if (hits.isEmpty()) {
      return List.of();
    }
    // the database has the last word: an article unpublished on another node since the index was built drops out
    Map<Long, Article> articles = entityManager
        .createQuery("select a from Article a where a.id in :ids and a.published = true", Article.class)
        .setParameter("ids", hits.stream().map(KnowledgeIndex.Hit::id).toList()).getResultList().stream()
        .collect(Collectors.toMap(Article::id, a -> a));
    return hits.stream().filter(hit -> articles.containsKey(hit.id()))
        .map(hit -> new Found(articles.get(hit.id()), hit.score(), hit.snippet())).toList();
  }

  /** @return the published articles, the most helpful first: what owners browse before they search */
  public List<Article> published(int limit) {
    Map<Long, Long> helpful = helpfulCounts();
    return entityManagers.current()
        .createQuery("select a from Article a where a.published = true order by a.id", Article.class)
        .setMaxResults(200).getResultList().stream()
        .sorted(java.util.Comparator.comparing((Article a) -> helpful.getOrDefault(a.id(), 0L)).reversed())
        .limit(limit).toList();
  }

  private Map<Long, Long> helpfulCounts() {
    return entityManagers.current().createQuery(
            "select h.article.id, count(h) from Helpful h group by h.article.id", Object[].class).getResultList()
        .stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
  }

  /** @return every article, drafts too, newest change first, with its helpful count (staff) */
  public List<Read> articles(SignedInUser user) {
    staff(user);
    Map<Long, Long> helpful = helpfulCounts();
    return entityManagers.current().createQuery("select a from Article a order by a.updatedAt desc, a.id desc", Article.class)
        .setMaxResults(500).getResultList().stream()
        .map(a -> new Read(a, helpful.getOrDefault(a.id(), 0L), false)).toList();
  }

  /**
   * Staff read any article of the company, residents the published ones.
   *
   * @throws NoSuchElementException when it is not there, not the company's, or a draft for a resident
   */
  public Read article(SignedInUser user, long id) {
    Article article = find(id);
    Household household = null;
    if (user.kind() == AccountKind.RESIDENT) {
      if (!article.published()) {
        throw new NoSuchElementException("article " + id);
      }
      household = householdOf(user).orElse(null);
    } else {
      staff(user);
    }
    return read(article, household);
  }

  /**
   * Writes a new article ({@code id} null) or revises one.
   *
   * @throws KnowledgeForbidden unless a writer (admin, director, project manager, agent)
   * @throws NoSuchElementException when the article is not the company's
   * @throws IllegalArgumentException naming the field that is wrong
   */
  public Article write(SignedInUser user, Long id, Draft draft) {
    if (!writes(user)) {
      throw new KnowledgeForbidden("only the company's admin, directors, project managers and agents write the"
          + " knowledge base");
    }
    StaffMember writer = people.staff(user.accountId()).orElseThrow();
    Article article = id == null ? new Article(null) : find(id);
    article.revise(Article.Content.of(draft.question(), draft.answer(), draft.category(), draft.keywords()),
        draft.published(), writer, clock.instant());
    if (id == null) {
      entityManagers.current().persist(article);
      entityManagers.current().flush(); // its id, for the audit log
    }
    audit.record(id == null ? "faq.write" : "faq.revise", "faq", article.id(), draft.question());
    return article;
  }

  /**
   * The resident's household says the article answered its question; saying it again changes nothing.
   *
   * @throws KnowledgeForbidden for staff, or a resident without a household
   * @throws NoSuchElementException when it is not a published article of the company
   */
  public Read markHelpful(SignedInUser user, long id) {
    if (user.kind() != AccountKind.RESIDENT) {
      throw new KnowledgeForbidden("only residents say an article answered their question");
    }
    Household household = householdOf(user)
        .orElseThrow(() -> new KnowledgeForbidden("only residents of a household say an article helped"));
    Article article = find(id);
    if (!article.published()) {
      throw new NoSuchElementException("article " + id);
    }
    if (!helped(article, household)) {
      // two taps at the same moment from two phones: the unique key keeps the second row out
      entityManagers.current().persist(new Helpful(article, household, clock.instant()));
    }
    return read(article, household);
  }

  private Read read(Article article, Household household) {
    long helpful = entityManagers.current()
        .createQuery("select count(h) from Helpful h where h.article = :a", Long.class)
        .setParameter("a", article).getSingleResult();
    return new Read(article, helpful, household != null && helped(article, household));
  }

  private boolean helped(Article article, Household household) {
    return !entityManagers.current()
        .createQuery("select h.id from Helpful h where h.article = :a and h.household = :h", Long.class)
        .setParameter("a", article).setParameter("h", household).setMaxResults(1).getResultList().isEmpty();
  }

  private Article find(long id) {
    return Optional.ofNullable(entityManagers.current().find(Article.class, id))
        .orElseThrow(() -> new NoSuchElementException("article " + id));
  }

  private Optional<Household> householdOf(SignedInUser user) {
    return people.resident(user.accountId()).map(r -> r.household());
  }

  private void staff(SignedInUser user) {
    if (user.kind() != AccountKind.STAFF) {
      throw new KnowledgeForbidden("only staff see drafts and the helpful counts of every article");
    }
  }
}
