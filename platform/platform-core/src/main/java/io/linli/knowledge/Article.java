package io.linli.knowledge;

import io.linli.people.StaffMember;
import io.linli.sla.SlaPolicies;
import io.linli.tenancy.TenantOwned;
import io.linli.text.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** A knowledge-base article: a question owners ask and the company's answer, published or a draft. */
@Entity
@Table(name = "knowledge_article")
public class Article extends TenantOwned {

  static final int MAX_QUESTION = 120;
  static final int MAX_KEYWORDS = 200;
  private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,，、;；\\s]+");

  /** The key of an article provisioned from faq.yaml; null for those written in the console. */
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "question", length = MAX_QUESTION, nullable = false)
  private String question;

  @Column(name = "answer", nullable = false)
  private String answer;

  /** The ticket category it belongs to, or null. */
  @Column(name = "category", length = 32)
  private String category;

  /** Keywords joined by "、", or empty. */
  @Column(name = "keywords", length = MAX_KEYWORDS, nullable = false)
  private String keywords;

  @Column(name = "published", nullable = false)
  private boolean published;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Null when provisioning wrote it. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "updated_by_id")
  private StaffMember updatedBy;

  protected Article() {}

  /** @param code the key in faq.yaml; null for an article written in the console */
  public Article(String code) {
    this.code = code;
  }

  /** What an article says, checked and normalised: the answer sanitised, keywords joined by "、". */
  public record Content(String question, String answer, String category, String keywords) {

    /**
     * @param answer rich text
     * @throws IllegalArgumentException naming the field that is missing, too long or unknown
     */
    public static Content of(String question, String answer, String category, String keywords) {
      if (question == null || question.isBlank() || question.strip().length() > MAX_QUESTION) {
        throw new IllegalArgumentException("question: is required, at most " + MAX_QUESTION + " characters");
      }
      String safeAnswer;
      try {
        safeAnswer = RichText.sanitize(answer);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage().replaceFirst("^body:", "answer:"));
      }
      String normalizedCategory = category == null || category.isBlank() ? null : category.strip();
      if (normalizedCategory != null && !SlaPolicies.builtInCategories().contains(normalizedCategory)) {
        throw new IllegalArgumentException("category: must be one of "
            + String.join(", ", SlaPolicies.builtInCategories().stream().sorted().toList()));
      }
      String joinedKeywords = String.join("、", keywordsOf(keywords));
      if (joinedKeywords.length() > MAX_KEYWORDS) {
        throw new IllegalArgumentException("keywords: are at most " + MAX_KEYWORDS + " characters");
      }
      return new Content(question.strip(), safeAnswer, normalizedCategory, joinedKeywords);
    }
  }

  /**
   * Sets what the article says and whether owners see it; nothing changes (not even the time) when it already says
   * so.
   *
   * @param by null for provisioning
   */
  public void revise(Content content, boolean published, StaffMember by, Instant now) {
    if (updatedAt != null && content.equals(content()) && published == this.published) {
      return;
    }
    this.question = content.question();
    this.answer = content.answer();
    this.category = content.category();
    this.keywords = content.keywords();
    this.published = published;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public Content content() {
    return new Content(question, answer, category, keywords);
  }

  /** @return whether staff have edited it since provisioning last wrote it (then the file no longer applies) */
  public boolean editedByStaff() {
    return updatedBy != null;
  }

  /** @return the distinct keywords of a list separated by commas, 、 or spaces */
  static List<String> keywordsOf(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.copyOf(Arrays.stream(KEYWORD_SEPARATORS.split(text.strip())).filter(k -> !k.isEmpty())
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
  }

  public String code() {
    return code;
  }

  public String question() {
    return question;
  }

  /** @return sanitised HTML */
  public String answer() {
    return answer;
  }

  /** @return the answer as plain text, for the search index and its snippets */
  public String answerText() {
    return RichText.plain(answer).replaceAll("\\s+", " ");
  }

  public String category() {
    return category;
  }

  public String keywords() {
    return keywords;
  }

  public boolean published() {
    return published;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public StaffMember updatedBy() {
    return updatedBy;
  }
}
