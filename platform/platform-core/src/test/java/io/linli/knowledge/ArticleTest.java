package io.linli.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  @Test
  void the_answer_is_stored_sanitised_and_the_keywords_joined_once_each() {
    Article.Content content = Article.Content.of(" 停车费如何缴纳？ ", "<p onclick=\"x()\">每月 300 元<script>x()</script></p>",
        "fee", "停车, 月卡，车位 、停车");

    assertThat(content.question()).isEqualTo("停车费如何缴纳？");
    assertThat(content.answer()).isEqualTo("<p>每月 300 元</p>");
    assertThat(content.keywords()).isEqualTo("停车、月卡、车位");
  }

  @Test
  void a_question_an_answer_and_a_known_category_are_required() {
    assertThatThrownBy(() -> Article.Content.of(" ", "<p>答</p>", null, null)).hasMessageStartingWith("question:");
    assertThatThrownBy(() -> Article.Content.of("问", "<script>x()</script>", null, null))
        .hasMessageStartingWith("answer:");
    assertThatThrownBy(() -> Article.Content.of("问", "<p>答</p>", "parking", null))
        .hasMessageStartingWith("category:").hasMessageContaining("repair");
    assertThat(Article.Content.of("问", "<p>答</p>", " ", null).category()).isNull();
  }

  @Test
  void revising_with_the_same_content_keeps_the_time_of_the_last_change() {
    Article article = new Article("parking");
    Article.Content content = Article.Content.of("停车费", "<p>每月 300 元</p>", "fee", "停车");
    article.revise(content, true, null, NOW);

    article.revise(content, true, null, NOW.plusSeconds(60));
    assertThat(article.updatedAt()).isEqualTo(NOW);

    article.revise(content, false, null, NOW.plusSeconds(120));
    assertThat(article.updatedAt()).isEqualTo(NOW.plusSeconds(120));
    assertThat(article.published()).isFalse();
  }

  @Test
  void the_plain_text_of_the_answer_has_no_markup_and_readable_entities() {
    Article article = new Article(null);
    article.revise(Article.Content.of("问", "<p>先关<b>总水阀</b></p><ul><li>费用 &lt; 50 元 &amp; 免人工</li></ul>",
        null, null), true, null, NOW);

    assertThat(article.answerText()).isEqualTo("先关总水阀 费用 < 50 元 & 免人工");
  }
}
