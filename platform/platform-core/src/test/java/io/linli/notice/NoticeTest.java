package io.linli.notice;

import static io.linli.notice.NoticeTestData.NOW;
import static io.linli.notice.NoticeTestData.aNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.notification.DeliveryChannel;
import org.junit.jupiter.api.Test;

class NoticeTest {

  @Test
  void only_a_critical_notice_asks_households_to_acknowledge_it() {
    assertThat(aNotice().critical().build().asksAcknowledgement()).isTrue();
    assertThat(aNotice().of(Severity.IMPORTANT).build().asksAcknowledgement()).isFalse();
  }

  @Test
  void a_notice_needs_a_title_and_a_severity() {
    assertThatThrownBy(() -> aNotice().titled(" ").build()).hasMessageStartingWith("title:");
    assertThatThrownBy(() -> aNotice().of(null).build()).hasMessageStartingWith("severity:");
  }

  @Test
  void the_body_is_stored_sanitised() {
    assertThat(aNotice().saying("<p>正文<script>x()</script></p>").build().body()).isEqualTo("<p>正文</p>");
  }

  @Test
  void the_portal_is_always_among_a_notices_channels() {
    assertThat(aNotice().through(DeliveryChannel.SMS).build().channels())
        .containsExactlyInAnyOrder(DeliveryChannel.PORTAL, DeliveryChannel.SMS);
  }

  @Test
  void a_notice_published_for_later_is_not_out_before_its_time() {
    var later = aNotice().publishedAt(NOW.plusSeconds(3600)).build();
    assertThat(later.isOut(NOW)).isFalse();
    assertThat(later.isOut(NOW.plusSeconds(3600))).isTrue();
  }
}
