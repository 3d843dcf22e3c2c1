package io.linli.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
  private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1));

  private static Delivery anSms(Instant notBefore) {
    return new Delivery(DeliveryChannel.SMS, "notice:1", null, "13657148616", "停水通知", "【华苑物业】停水通知", null,
        NOW, notBefore);
  }

  @Test
  void a_message_held_for_quiet_hours_is_not_due_before_they_end() {
    Delivery held = anSms(NOW.plus(Duration.ofHours(6)));
    assertThat(held.due(NOW)).isFalse();
    assertThat(held.due(NOW.plus(Duration.ofHours(6)))).isTrue();
  }

  @Test
  void a_failure_worth_retrying_waits_for_the_next_attempt() {
    Delivery sms = anSms(NOW);
    assertThat(sms.failed("gateway 500", true, BACKOFF, NOW)).isEqualTo(DeliveryStatus.PENDING);
    assertThat(sms.due(NOW.plusSeconds(59))).isFalse();
    assertThat(sms.due(NOW.plusSeconds(60))).isTrue();
    sms.sent(NOW.plusSeconds(60));
    assertThat(sms.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sms.attempts()).isEqualTo(2);
    assertThat(sms.due(NOW.plusSeconds(120))).isFalse();
  }

  @Test
  void a_final_refusal_is_not_tried_again() {
    Delivery sms = anSms(NOW);
    assertThat(sms.failed("gateway 400: bad number", false, BACKOFF, NOW)).isEqualTo(DeliveryStatus.FAILED);
    assertThat(sms.nextAttemptAt()).isNull();
  }

  @Test
  void it_is_given_up_after_the_last_attempt() {
    Delivery sms = anSms(NOW);
    Instant at = NOW;
    for (int i = 1; i < Backoff.MAX_ATTEMPTS; i++) {
      assertThat(sms.failed("timeout", true, BACKOFF, at)).isEqualTo(DeliveryStatus.PENDING);
      at = sms.nextAttemptAt();
    }
    assertThat(sms.failed("timeout", true, BACKOFF, at)).isEqualTo(DeliveryStatus.FAILED);
    assertThat(sms.lastError()).isEqualTo("timeout");
  }

  @Test
  void a_staff_members_mail_is_due_at_once_and_waits_out_an_smtp_server_that_is_away() {
    Delivery mail = Delivery.staffMail("ESCALATE", "pm.xixi@huayuan.example.cn", "【邻里】工单 #7「卫生间漏水」已超时升级",
        "工单 #7「卫生间漏水」已超时升级\n\n/console/tickets/7", NOW);
    assertThat(mail.channel()).isEqualTo(DeliveryChannel.EMAIL);
    assertThat(mail.resident()).isNull();
    assertThat(mail.about()).isEqualTo("staff:ESCALATE");
    assertThat(mail.due(NOW)).isTrue();
    assertThat(mail.failed("SMTP: Connection refused", true, BACKOFF, NOW)).isEqualTo(DeliveryStatus.PENDING);
    assertThat(mail.due(NOW.plusSeconds(60))).isTrue();
    assertThat(Delivery.staffMail("PLUGIN_" + "X".repeat(60), "a@b.cn", "s", "t", NOW).about()).hasSize(40);
  }
}
