package io.linli.ledger;

import static io.linli.ledger.LedgerTestData.NOW;
import static io.linli.ledger.LedgerTestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

  @Test
  void a_recorded_contact_keeps_what_was_said_and_who_recorded_it_when() {
    LedgerEntry entry = aContact().followUp("周五前回访确认", LocalDate.of(2026, 11, 27)).recorded();

    assertThat(entry.content()).isEqualTo("反映楼上夜间装修噪音，已告知装修管理规定");
    assertThat(entry.followUpBy()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(entry.recordedBy().displayName()).isEqualTo("朱佳琪");
    assertThat(entry.recordedAt()).isEqualTo(NOW);
  }

  @Test
  void a_contact_without_a_time_happened_now() {
    LedgerEntry entry = aContact().at(null).recorded();

    assertThat(entry.occurredAt()).isEqualTo(NOW);
  }

  @Test
  void a_contact_without_content_is_refused_naming_the_field() {
    assertThatThrownBy(() -> aContact().content("   ").recorded())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("content:");
  }

  @Test
  void a_contact_in_the_future_is_refused_but_a_few_minutes_of_clock_skew_is_not() {
    assertThatThrownBy(() -> aContact().at(NOW.plus(Duration.ofHours(1))).recorded())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("occurredAt:");
    assertThat(aContact().at(NOW.plus(Duration.ofMinutes(2))).recorded().occurredAt())
        .isEqualTo(NOW.plus(Duration.ofMinutes(2)));
  }

  @Test
  void a_follow_up_due_before_the_contact_is_refused() {
    assertThatThrownBy(() -> aContact().followUp("回访", LocalDate.of(2026, 11, 22)).recorded())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("followUpBy:");
  }

  @Test
  void overlong_content_is_refused_rather_than_cut() {
    assertThatThrownBy(() -> aContact().content("噪".repeat(LedgerEntry.MAX_CONTENT + 1)).recorded())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 4000");
  }
}
