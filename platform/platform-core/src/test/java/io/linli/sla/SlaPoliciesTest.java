package io.linli.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaPoliciesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final WorkingCalendar china = WorkingCalendar.chinaOfficial(SHANGHAI);
  private final Instant filed = shanghai("2026-03-12T10:00");

  @Test
  void an_emergency_must_be_answered_within_ten_minutes() {
    assertThat(SlaPolicies.defaultFor("emergency").dueAt(ClockKind.RESPONSE, filed, china))
        .contains(shanghai("2026-03-12T10:10"));
  }

  @Test
  void an_emergency_needs_someone_on_site_within_thirty_minutes() {
    assertThat(SlaPolicies.defaultFor("emergency").dueAt(ClockKind.ON_SITE, filed, china))
        .contains(shanghai("2026-03-12T10:30"));
  }

  @Test
  void a_repair_has_no_on_site_clock() {
    assertThat(SlaPolicies.defaultFor("repair").dueAt(ClockKind.ON_SITE, filed, china)).isEmpty();
  }

  @Test
  void a_suggestion_filed_on_a_friday_is_resolved_three_working_days_later_counting_the_make_up_sunday() {
    // Friday 2026-09-18 + 3 → Sunday 20 (调休上班), Monday 21, Tuesday 22
    Instant friday = shanghai("2026-09-18T10:00");

    assertThat(SlaPolicies.defaultFor("suggestion").dueAt(ClockKind.RESOLUTION, friday, china))
        .contains(shanghai("2026-09-22T10:00"));
  }

  @Test
  void a_complaint_is_called_back_within_a_day_of_its_resolution() {
    Instant resolved = shanghai("2026-03-13T16:00");

    assertThat(SlaPolicies.defaultFor("complaint").dueAt(ClockKind.RETURN_VISIT, resolved, china))
        .contains(shanghai("2026-03-14T16:00"));
  }

  @Test
  void only_a_complaint_has_a_return_visit() {
    assertThat(SlaPolicies.builtInCategories())
        .filteredOn(code -> SlaPolicies.defaultFor(code).returnVisitAfterResolution() != null)
        .containsExactly("complaint");
  }

  @Test
  void an_unknown_category_falls_back_to_repair() {
    assertThat(SlaPolicies.defaultFor("parking")).isEqualTo(SlaPolicies.defaultFor("repair"));
  }

  @Test
  void every_built_in_category_has_a_response_and_a_resolution_clock() {
    assertThat(SlaPolicies.builtInCategories())
        .containsExactlyInAnyOrder(
            "emergency", "repair", "inquiry", "suggestion", "complaint", "daily_service", "fee", "move_in")
        .allSatisfy(code -> {
          SlaPolicy policy = SlaPolicies.defaultFor(code);
          assertThat(policy.dueAt(ClockKind.RESPONSE, filed, china)).isPresent();
          assertThat(policy.dueAt(ClockKind.RESOLUTION, filed, china)).isPresent();
        });
  }

  @Test
  void an_override_replaces_only_the_parts_it_sets() {
    SlaPolicy complaint = SlaPolicies.defaultFor("complaint");
    SlaPolicy faster = new SlaPolicy(Duration.ofMinutes(30), null, null, 0, null);

    assertThat(complaint.withOverrides(faster))
        .isEqualTo(new SlaPolicy(Duration.ofMinutes(30), null, Duration.ofHours(24), 0, Duration.ofHours(24)));
  }

  @Test
  void an_override_in_hours_replaces_a_resolution_in_working_days() {
    SlaPolicy fee = SlaPolicies.defaultFor("fee");
    SlaPolicy sameDay = new SlaPolicy(null, null, Duration.ofHours(8), 0, null);

    assertThat(fee.withOverrides(sameDay).dueAt(ClockKind.RESOLUTION, filed, china))
        .contains(shanghai("2026-03-12T18:00"));
  }

  @Test
  void an_override_in_working_days_replaces_a_resolution_in_hours() {
    SlaPolicy repair = SlaPolicies.defaultFor("repair");
    SlaPolicy twoDays = new SlaPolicy(null, null, null, 2, null);

    assertThat(repair.withOverrides(twoDays).dueAt(ClockKind.RESOLUTION, filed, china))
        .contains(shanghai("2026-03-16T10:00"));
  }

  @Test
  void a_resolution_cannot_be_due_in_both_hours_and_working_days() {
    assertThatThrownBy(() -> new SlaPolicy(null, null, Duration.ofHours(24), 3, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_deadline_must_be_positive() {
    assertThatThrownBy(() -> new SlaPolicy(Duration.ZERO, null, null, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }
}
