package io.linli.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.linli.provisioning.TenantDefinition;
import io.linli.provisioning.TenantFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chinese search over the demo company's real FAQ (tenants/huayuan/faq.yaml), without a container. */
class KnowledgeIndexTest {

  private static List<TenantDefinition.ArticleDefinition> articles;
  private static List<KnowledgeIndex.Entry> entries;
  private static KnowledgeIndex index;

  @BeforeAll
  static void index_the_demo_faq() {
    articles = new TenantFileReader().read(Path.of("../../tenants/huayuan").toAbsolutePath().normalize()).articles();
    entries = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article article = new Article(articles.get(i).code());
      article.revise(articles.get(i).content(), true, null, java.time.Instant.EPOCH);
      entries.add(new KnowledgeIndex.Entry(i, article.question(), article.answerText(), article.keywords()));
    }
    index = KnowledgeIndex.of(entries);
  }

  @Test
  void the_words_are_segmented_and_question_words_left_out() {
    assertThat(KnowledgeIndex.words("停车费怎么交")).containsExactly("停车费", "交");
    assertThat(KnowledgeIndex.words("水管漏水了")).containsExactly("水管", "漏水");
  }

  @Test
  void parking_fee_in_other_words_finds_the_parking_article_first() {
    assertThat(first("停车费怎么交")).isEqualTo("parking-fee");
    assertThat(first("月卡续费")).isEqualTo("parking-fee");
  }

  @Test
  void a_trapped_lift_finds_the_emergency_article_first() {
    assertThat(first("电梯困人")).isEqualTo("elevator-trapped");
    assertThat(first("有人被困在电梯里")).isEqualTo("elevator-trapped");
  }

  @Test
  void a_leaking_pipe_finds_the_repair_article_first() {
    assertThat(first("水管漏水")).isEqualTo("water-electric-repair");
    assertThat(first("漏水了找谁修")).isEqualTo("water-electric-repair");
  }

  @Test
  void other_questions_find_their_articles() {
    assertThat(first("门禁卡丢了")).isEqualTo("access-card");
    assertThat(first("装修要办什么手续")).isEqualTo("renovation");
    assertThat(first("开发票")).isEqualTo("invoice");
    assertThat(first("遛狗要牵绳吗")).isEqualTo("pets");
    assertThat(first("电池扔哪个垃圾桶")).isEqualTo("waste-sorting");
  }

  @Test
  void a_like_on_the_words_typed_would_have_found_nothing() {
    for (String typed : List.of("停车费怎么交", "电梯困人", "水管漏水")) {
      assertThat(entries).noneMatch(e -> (e.question() + e.answer() + e.keywords()).contains(typed));
      assertThat(index.search(typed, 5)).isNotEmpty();
    }
  }

  @Test
  void the_question_counts_more_than_the_answer() {
    KnowledgeIndex small = KnowledgeIndex.of(List.of(
        new KnowledgeIndex.Entry(1, "快递代收", "大件可以放在服务中心", ""),
        new KnowledgeIndex.Entry(2, "服务中心开放时间", "快递代收请提前告知管家，我们会代收", "")));

    assertThat(small.search("快递代收", 2)).extracting(KnowledgeIndex.Hit::id).containsExactly(1L, 2L);
  }

  @Test
  void query_syntax_is_plain_text_and_never_fails() {
    for (String typed : List.of("\"(*", "停车费 AND", "NOT", "电梯~2^3", "[a TO z]", "\\", "&&||!", "???", "/")) {
      assertThat(index.search(typed, 5)).as(typed).isNotNull();
    }
    assertThat(first("\"停车费(*")).isEqualTo("parking-fee");
    assertThat(index.search("   ", 5)).isEmpty();
  }

  @Test
  void the_snippet_starts_near_the_first_word_found() {
    KnowledgeIndex.Hit hit = index.search("临时停车收费", 1).get(0);

    assertThat(hit.snippet()).contains("临时停车").startsWith("…");
    assertThat(hit.snippet().length()).isLessThanOrEqualTo(KnowledgeIndex.SNIPPET + 2);
    assertThat(hit.score()).isPositive();
  }

  @Test
  void the_other_demo_company_answers_the_same_questions_in_its_own_words() {
    List<TenantDefinition.ArticleDefinition> lanting = new TenantFileReader()
        .read(Path.of("../../tenants/lanting").toAbsolutePath().normalize()).articles();
    List<KnowledgeIndex.Entry> its = new ArrayList<>();
    for (int i = 0; i < lanting.size(); i++) {
      Article article = new Article(lanting.get(i).code());
      article.revise(lanting.get(i).content(), true, null, java.time.Instant.EPOCH);
      its.add(new KnowledgeIndex.Entry(i, article.question(), article.answerText(), article.keywords()));
    }
    KnowledgeIndex lantingIndex = KnowledgeIndex.of(its);

    assertThat(lanting).hasSizeGreaterThanOrEqualTo(10);
    assertThat(lanting.get((int) lantingIndex.search("停车费怎么交", 1).get(0).id()).code()).isEqualTo("parking");
    assertThat(lanting.get((int) lantingIndex.search("电梯困人", 1).get(0).id()).code()).isEqualTo("elevator");
    assertThat(lanting.get((int) lantingIndex.search("水管漏水", 1).get(0).id()).code()).isEqualTo("repair");
  }

  private static String first(String typed) {
    List<KnowledgeIndex.Hit> hits = index.search(typed, 3);
    assertThat(hits).as(typed).isNotEmpty();
    return articles.get((int) hits.get(0).id()).code();
  }
}
