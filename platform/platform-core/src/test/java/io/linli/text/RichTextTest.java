package io.linli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void scripts_and_event_handlers_do_not_survive() {
    String safe = RichText.sanitize("<p onclick=\"steal()\">停水通知</p><script>alert(1)</script>"
        + "<img src=x onerror=alert(1)>");

    assertThat(safe).isEqualTo("<p>停水通知</p>");
  }

  @Test
  void formatting_lists_and_links_are_kept() {
    String safe = RichText.sanitize("<p><b>明天</b> 9:00–12:00 停水</p><ul><li>请提前储水</li></ul>"
        + "<a href=\"https://example.cn/notice\">详情</a>");

    assertThat(safe).contains("<b>明天</b>", "<li>请提前储水</li>", "href=\"https://example.cn/notice\"");
  }

  @Test
  void a_javascript_link_loses_its_target() {
    assertThat(RichText.sanitize("<a href=\"javascript:alert(1)\">点我</a>")).doesNotContain("javascript");
  }

  @Test
  void markup_without_text_is_refused() {
    assertThatThrownBy(() -> RichText.sanitize("<script>alert(1)</script><p> </p>"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("body:");
  }

  @Test
  void plain_text_keeps_the_lines_and_decodes_entities() {
    assertThat(RichText.plain("<p><b>明天</b> 停水</p><ul><li>请储水 &amp; 关好阀门</li></ul>"))
        .isEqualTo("明天 停水\n请储水 & 关好阀门");
  }
}
