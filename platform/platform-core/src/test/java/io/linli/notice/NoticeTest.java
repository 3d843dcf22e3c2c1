package io.linli.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeTest {

  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  @Test
  void only_a_critical_notice_asks_households_to_acknowledge_it() {
    assertThat(Notice.publish(null, "电梯检修", "<p>周三检修</p>", Severity.CRITICAL, null, NOW)
        .asksAcknowledgement()).isTrue();
    assertThat(Notice.publish(null, "电梯检修", "<p>周三检修</p>", Severity.IMPORTANT, null, NOW)
        .asksAcknowledgement()).isFalse();
  }

  @Test
  void a_notice_needs_a_title_and_a_severity() {
    assertThatThrownBy(() -> Notice.publish(null, " ", "<p>正文</p>", Severity.NORMAL, null, NOW))
        .hasMessageStartingWith("title:");
    assertThatThrownBy(() -> Notice.publish(null, "标题", "<p>正文</p>", null, null, NOW))
        .hasMessageStartingWith("severity:");
  }

  @Test
  void the_body_is_stored_sanitised() {
    assertThat(Notice.publish(null, "标题", "<p>正文<script>x()</script></p>", Severity.NORMAL, null, NOW).body())
        .isEqualTo("<p>正文</p>");
  }
}
