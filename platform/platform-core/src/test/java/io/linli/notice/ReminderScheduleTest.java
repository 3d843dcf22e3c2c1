package io.linli.notice;

import static io.linli.notice.NoticeTestData.NOW;
import static io.linli.notice.NoticeTestData.aNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.notification.DeliveryChannel;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

  @Test
  void a_normal_notice_goes_out_once_at_publishing_through_the_chosen_channels() {
    var schedule = aNotice().through(DeliveryChannel.EMAIL).build().schedule(ReminderSchedule.DEFAULT);
    assertThat(schedule.steps()).hasSize(1);
    assertThat(schedule.step(0).channels()).containsExactlyInAnyOrder(DeliveryChannel.PORTAL, DeliveryChannel.EMAIL);
    assertThat(schedule.dueAt(0, NOW)).contains(NOW);
    assertThat(schedule.dueAt(1, NOW)).isEmpty();
  }

  @Test
  void a_critical_notice_follows_the_company_steps_with_the_chosen_channels_added_at_once() {
    var schedule = aNotice().critical().through(DeliveryChannel.EMAIL).build().schedule(ReminderSchedule.DEFAULT);
    assertThat(schedule.step(0).channels()).containsExactlyInAnyOrder(DeliveryChannel.PORTAL,
        DeliveryChannel.WEB_PUSH, DeliveryChannel.EMAIL);
    assertThat(schedule.dueAt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(30)));
    assertThat(schedule.step(1).channels()).containsExactly(DeliveryChannel.SMS);
    assertThat(schedule.dueAt(2, NOW)).contains(NOW.plus(Duration.ofHours(2)));
    assertThat(schedule.step(2).channels()).containsExactly(DeliveryChannel.PHONE);
  }

  @Test
  void each_step_must_come_after_the_one_before() {
    assertThatThrownBy(() -> new ReminderSchedule(List.of(
        new ReminderSchedule.Step(Duration.ofMinutes(30), EnumSet.of(DeliveryChannel.SMS)),
        new ReminderSchedule.Step(Duration.ofMinutes(30), EnumSet.of(DeliveryChannel.PHONE)))))
        .hasMessageStartingWith("steps:");
  }

  @Test
  void a_step_needs_a_channel() {
    assertThatThrownBy(() -> new ReminderSchedule.Step(Duration.ZERO, EnumSet.noneOf(DeliveryChannel.class)))
        .hasMessageStartingWith("channels:");
  }
}
