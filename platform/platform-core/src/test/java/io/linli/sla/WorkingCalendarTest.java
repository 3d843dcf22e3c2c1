package io.linli.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final WorkingCalendar china = WorkingCalendar.chinaOfficial(SHANGHAI);

  @Test
  void a_weekend_is_skipped() {
    // Thursday 2026-03-12 + 2 → Friday 13, Monday 16
    assertThat(china.addWorkingDays(shanghai("2026-03-12T10:00"), 2)).isEqualTo(shanghai("2026-03-16T10:00"));
  }

  @Test
  void the_start_date_never_counts_even_on_a_working_day() {
    assertThat(china.addWorkingDays(shanghai("2026-03-16T08:30"), 1)).isEqualTo(shanghai("2026-03-17T08:30"));
  }

  @Test
  void a_start_on_a_day_off_counts_from_the_next_working_day() {
    // Saturday 2026-03-14 + 1 → Monday 16
    assertThat(china.addWorkingDays(shanghai("2026-03-14T22:00"), 1)).isEqualTo(shanghai("2026-03-16T22:00"));
  }

  @Test
  void the_national_day_week_is_skipped() {
    // Tuesday 2026-09-29 + 3 → Wednesday 30, (Oct 1–7 off) Thursday 8, Friday 9
    assertThat(china.addWorkingDays(shanghai("2026-09-29T10:00"), 3)).isEqualTo(shanghai("2026-10-09T10:00"));
  }

  @Test
  void the_make_up_saturday_after_national_day_is_a_working_day() {
    assertThat(china.addWorkingDays(shanghai("2026-10-09T10:00"), 1)).isEqualTo(shanghai("2026-10-10T10:00"));
  }

  @Test
  void the_make_up_sunday_before_national_day_is_a_working_day() {
    assertThat(china.addWorkingDays(shanghai("2026-09-18T10:00"), 1)).isEqualTo(shanghai("2026-09-20T10:00"));
  }

  @Test
  void mid_autumn_friday_is_skipped() {
    // Thursday 2026-09-24 + 1 → (Sep 25–27 off) Monday 28
    assertThat(china.addWorkingDays(shanghai("2026-09-24T10:00"), 1)).isEqualTo(shanghai("2026-09-28T10:00"));
  }

  @Test
  void the_spring_festival_is_skipped_after_its_make_up_saturday() {
    // Friday 2026-02-13 + 2 → Saturday 14 (make-up), (Feb 15–23 off) Tuesday 24
    assertThat(china.addWorkingDays(shanghai("2026-02-13T10:00"), 2)).isEqualTo(shanghai("2026-02-24T10:00"));
  }

  @Test
  void a_holiday_on_a_weekday_is_a_day_off() {
    // 劳动节: Friday 2026-05-01 to Tuesday 05 off
    assertThat(china.isWorkingDay(LocalDate.parse("2026-05-04"))).isFalse();
    assertThat(china.addWorkingDays(shanghai("2026-04-30T10:00"), 1)).isEqualTo(shanghai("2026-05-06T10:00"));
  }

  @Test
  void the_official_calendar_has_every_2026_make_up_working_day() {
    assertThat(List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"))
        .map(LocalDate::parse)
        .allMatch(china::isWorkingDay);
  }

  @Test
  void the_official_calendar_has_every_2026_weekday_holiday() {
    assertThat(List.of("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
        "2026-02-20", "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19",
        "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"))
        .map(LocalDate::parse)
        .noneMatch(china::isWorkingDay);
  }

  @Test
  void the_same_local_rule_gives_different_instants_in_different_zones() {
    // Thursday 20:00 UTC is already Friday 04:00 in Shanghai
    Instant start = Instant.parse("2026-03-12T20:00:00Z");
    WorkingCalendar utc = WorkingCalendar.chinaOfficial(ZoneId.of("UTC"));

    assertThat(utc.addWorkingDays(start, 1)).isEqualTo(Instant.parse("2026-03-13T20:00:00Z"));
    assertThat(china.addWorkingDays(start, 1)).isEqualTo(Instant.parse("2026-03-15T20:00:00Z"));
  }

  @Test
  void a_local_time_lost_to_daylight_saving_moves_later_by_the_gap() {
    // New York skips 02:00–03:00 on Sunday 2026-03-08, made a working day here
    ZoneId newYork = ZoneId.of("America/New_York");
    WorkingCalendar calendar = new WorkingCalendar(newYork, Set.of(), Set.of(LocalDate.parse("2026-03-08")));
    Instant saturday = LocalDateTime.parse("2026-03-07T02:30").atZone(newYork).toInstant();

    assertThat(calendar.addWorkingDays(saturday, 1)).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
  }

  @Test
  void zero_working_days_are_rejected() {
    assertThatThrownBy(() -> china.addWorkingDays(shanghai("2026-03-12T10:00"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_calendar_file_reads_days_ranges_and_comments() {
    WorkingCalendar calendar = WorkingCalendar.parse(SHANGHAI, List.of(
        "# a tenant's own days",
        "",
        "holiday 2026-03-10..2026-03-11   # company anniversary",
        "  workday   2026-03-14"));

    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-10"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-11"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-12"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-14"))).isTrue();
  }

  @Test
  void a_calendar_file_error_names_the_line() {
    List<String> lines = List.of("# header", "holiday 2026-01-01", "holliday 2026-01-02");

    assertThatThrownBy(() -> WorkingCalendar.parse(SHANGHAI, lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("holliday 2026-01-02");
  }

  @Test
  void a_calendar_file_with_a_bad_date_names_the_line() {
    List<String> lines = List.of("workday 2026-02-30");

    assertThatThrownBy(() -> WorkingCalendar.parse(SHANGHAI, lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("workday 2026-02-30");
  }

  @Test
  void a_day_cannot_be_both_a_holiday_and_a_working_day() {
    List<String> lines = List.of("holiday 2026-10-01..2026-10-07", "workday 2026-10-03");

    assertThatThrownBy(() -> WorkingCalendar.parse(SHANGHAI, lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void a_tenant_can_turn_a_default_holiday_into_a_working_day() {
    LocalDate nationalDay = LocalDate.parse("2026-10-02");

    WorkingCalendar tenant = china.with(Set.of(), Set.of(nationalDay));

    assertThat(tenant.isWorkingDay(nationalDay)).isTrue();
    assertThat(china.isWorkingDay(nationalDay)).isFalse();
  }

  @Test
  void a_tenant_can_add_its_own_holiday() {
    LocalDate anniversary = LocalDate.parse("2026-03-12");

    WorkingCalendar tenant = china.with(Set.of(anniversary), Set.of());

    assertThat(tenant.isWorkingDay(anniversary)).isFalse();
    assertThat(tenant.zone()).isEqualTo(SHANGHAI);
  }

  private static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }
}
