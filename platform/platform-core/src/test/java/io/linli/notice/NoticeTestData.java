package io.linli.notice;

import io.linli.notification.DeliveryChannel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Notices for tests: company-wide, normal, through the portal, published at {@link #NOW} unless said otherwise. */
final class NoticeTestData {

  static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  private String title = "停水通知";
  private String body = "<p>明天 9:00–12:00 停水，请提前储水。</p>";
  private Severity severity = Severity.NORMAL;
  private Set<DeliveryChannel> channels = EnumSet.noneOf(DeliveryChannel.class);
  private Instant at = NOW;

  static NoticeTestData aNotice() {
    return new NoticeTestData();
  }

  NoticeTestData titled(String title) {
    this.title = title;
    return this;
  }

  NoticeTestData saying(String html) {
    this.body = html;
    return this;
  }

  NoticeTestData critical() {
    this.severity = Severity.CRITICAL;
    return this;
  }

  NoticeTestData of(Severity severity) {
    this.severity = severity;
    return this;
  }

  NoticeTestData through(DeliveryChannel... channels) {
    this.channels = channels.length == 0 ? EnumSet.noneOf(DeliveryChannel.class) : EnumSet.of(channels[0], channels);
    return this;
  }

  NoticeTestData publishedAt(Instant at) {
    this.at = at;
    return this;
  }

  Notice build() {
    return Notice.publish(Audience.COMPANY, null, null, title, body, severity, channels, false, null, at);
  }
}
