package io.linli.notice;

import static io.linli.notice.NoticeTestData.NOW;
import static io.linli.notice.NoticeTestData.aNotice;
import static org.assertj.core.api.Assertions.assertThat;

import io.linli.notification.DeliveryChannel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NoticeReceiptTest {

  private static final ReminderSchedule COMPANY = ReminderSchedule.DEFAULT;

  @Test
  void the_first_step_is_due_when_the_notice_goes_out() {
    var later = aNotice().through(DeliveryChannel.SMS).publishedAt(NOW.plus(Duration.ofHours(1))).build();
    var receipt = new NoticeReceipt(later, null, later.schedule(COMPANY));
    assertThat(receipt.takeStep(later.schedule(COMPANY), NOW)).isEmpty();
    assertThat(receipt.takeStep(later.schedule(COMPANY), NOW.plus(Duration.ofHours(1)))).isPresent();
  }

  @Test
  void an_unacknowledged_critical_notice_steps_on_until_its_last_reminder() {
    var notice = aNotice().critical().build();
    var receipt = new NoticeReceipt(notice, null, notice.schedule(COMPANY));
    var schedule = notice.schedule(COMPANY);

    assertThat(receipt.takeStep(schedule, NOW).orElseThrow().channels()).contains(DeliveryChannel.WEB_PUSH);
    assertThat(receipt.nextStepAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(receipt.takeStep(schedule, NOW.plus(Duration.ofMinutes(29)))).isEmpty();
    assertThat(receipt.takeStep(schedule, NOW.plus(Duration.ofMinutes(30))).orElseThrow().channels())
        .containsExactly(DeliveryChannel.SMS);
    assertThat(receipt.takeStep(schedule, NOW.plus(Duration.ofHours(2))).orElseThrow().channels())
        .containsExactly(DeliveryChannel.PHONE);
    assertThat(receipt.nextStepAt()).isNull();
  }

  @Test
  void acknowledging_stops_the_reminders_and_marks_the_notice_read() {
    var notice = aNotice().critical().build();
    var receipt = new NoticeReceipt(notice, null, notice.schedule(COMPANY));
    receipt.takeStep(notice.schedule(COMPANY), NOW);

    receipt.acknowledge(7L, NOW.plus(Duration.ofMinutes(5)));

    assertThat(receipt.nextStepAt()).isNull();
    assertThat(receipt.readAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(receipt.takeStep(notice.schedule(COMPANY), NOW.plus(Duration.ofHours(3)))).isEmpty();
  }

  @Test
  void a_notice_for_the_portal_only_has_nothing_to_send() {
    var notice = aNotice().build();
    assertThat(new NoticeReceipt(notice, null, notice.schedule(COMPANY)).nextStepAt()).isNull();
  }

  @Test
  void a_schedule_shortened_since_publishing_ends_the_reminders() {
    var notice = aNotice().critical().build();
    var receipt = new NoticeReceipt(notice, null, notice.schedule(COMPANY));
    receipt.takeStep(notice.schedule(COMPANY), NOW);
    var shorter = new ReminderSchedule(java.util.List.of(COMPANY.step(0)));

    assertThat(receipt.takeStep(notice.schedule(shorter), NOW.plus(Duration.ofHours(1)))).isEmpty();
    assertThat(receipt.nextStepAt()).isNull();
  }

  @Test
  void a_normal_notice_is_sent_once() {
    var notice = aNotice().through(DeliveryChannel.SMS).build();
    var receipt = new NoticeReceipt(notice, null, notice.schedule(COMPANY));
    assertThat(receipt.takeStep(notice.schedule(COMPANY), NOW)).isPresent();
    assertThat(receipt.nextStepAt()).isNull();
    assertThat(receipt.takeStep(notice.schedule(COMPANY), NOW.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void the_first_acknowledgement_of_a_household_is_the_one_kept() {
    var notice = aNotice().critical().build();
    var receipt = new NoticeReceipt(notice, null, notice.schedule(COMPANY));
    receipt.acknowledge(7L, NOW);
    receipt.acknowledge(8L, NOW.plusSeconds(60));
    assertThat(receipt.acknowledgedAt()).isEqualTo(NOW);
  }
}
