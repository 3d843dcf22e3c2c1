package io.linli.dashboard;

import static io.linli.dashboard.Tallies.FIRST;
import static io.linli.dashboard.Tallies.NOVEMBER;
import static io.linli.dashboard.Tallies.took;
import static io.linli.dashboard.Tallies.tickets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.linli.sla.ClockKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceFiguresTest {

  private static ServiceFigures figures(List<TicketTally> tickets, List<ClockTally> clocks) {
    return ServiceFigures.of(NOVEMBER, tickets, clocks, new Reach(2000, 3, 8), Ratio.NONE, Ratio.NONE);
  }

  @Test
  void an_empty_period_has_no_rates_and_no_averages_but_counts_zero() {
    ServiceFigures none = figures(List.of(), List.of());

    assertThat(none.received()).isZero();
    assertThat(none.resolution().share()).isEmpty();
    assertThat(none.firstContact().share()).isEmpty();
    assertThat(none.averageRating()).isEmpty();
    assertThat(none.lowRatings().share()).isEmpty();
    assertThat(none.clocks()).isEmpty();
    assertThat(none.complaintsPerThousandHouseholds()).hasValue(0.0);
    assertThat(none.days()).hasSize(30).allSatisfy(d -> assertThat(d.averageResponseMinutes()).isEmpty());
  }

  @Test
  void received_tickets_are_counted_by_category_and_by_channel() {
    ServiceFigures f = figures(List.of(tickets(5).category("repair").by("PORTAL").build(),
        tickets(3).category("repair").by("PHONE").build(), tickets(2).category("complaint").by("PHONE").build()),
        List.of());

    assertThat(f.received()).isEqualTo(10);
    assertThat(f.byCategory()).containsEntry("repair", 8L).containsEntry("complaint", 2L);
    assertThat(f.byChannel()).containsEntry("PORTAL", 5L).containsEntry("PHONE", 5L);
  }

  @Test
  void resolution_rate_is_of_received_and_first_contact_rate_of_resolved() {
    ServiceFigures f = figures(List.of(tickets(10).resolved(8, 2).build()), List.of());

    assertThat(f.resolution().share()).hasValue(0.8);
    assertThat(f.firstContact().share()).hasValue(0.25);
  }

  @Test
  void satisfaction_averages_the_stars_and_counts_one_and_two_stars_as_bad_reviews() {
    ServiceFigures f = figures(List.of(tickets(5).rated(5, 4, 2, 1).build()), List.of());

    assertThat(f.averageRating()).hasValue(3.0);
    assertThat(f.lowRatings()).isEqualTo(new Ratio(2, 4));
  }

  @Test
  void the_repeat_complaint_rate_is_of_all_received_tickets() {
    assertThat(figures(List.of(tickets(20).repeats(3).build()), List.of()).repeats().share()).hasValue(0.15);
  }

  @Test
  void complaints_per_thousand_households_count_only_the_complaint_category() {
    ServiceFigures f = figures(List.of(tickets(6).category("complaint").build(), tickets(50).build()), List.of());

    assertThat(f.complaints()).isEqualTo(6);
    assertThat(f.complaintsPerThousandHouseholds()).hasValue(3.0);
  }

  @Test
  void a_place_without_households_has_no_complaints_per_thousand() {
    ServiceFigures f = ServiceFigures.of(NOVEMBER, List.of(tickets(1).category("complaint").build()), List.of(),
        Reach.NONE, Ratio.NONE, Ratio.NONE);

    assertThat(f.complaintsPerThousandHouseholds()).isEmpty();
    assertThat(f.householdsPerAgent()).isEmpty();
    assertThat(f.staffedToStandard()).isTrue();
  }

  @Test
  void staffing_is_held_against_one_agent_per_500_and_one_steward_per_200_households() {
    ServiceFigures f = figures(List.of(), List.of());

    assertThat(f.householdsPerAgent()).hasValueCloseTo(666.7, within(0.1));
    assertThat(f.householdsPerSteward()).hasValue(250.0);
    assertThat(f.staffedToStandard()).isFalse();
    assertThat(ServiceFigures.of(NOVEMBER, List.of(), List.of(), new Reach(1000, 2, 5), Ratio.NONE, Ratio.NONE)
        .staffedToStandard()).isTrue();
  }

  @Test
  void the_response_clock_has_its_average_its_90th_percentile_and_its_on_time_rate() {
    ServiceFigures f = figures(List.of(tickets(10).response(new ClockCounts(10, 9, 10, 9 * 600 + 9000)).build()),
        List.of(took(9, 600), took(1, 9000)));

    ClockFigures response = f.clocks().get(ClockKind.RESPONSE);
    assertThat(response.averageMinutes()).hasValue(24.0);
    assertThat(response.p90Minutes()).hasValue(11);
    assertThat(response.onTime()).isEqualTo(new Ratio(9, 10));
  }

  @Test
  void a_clock_breached_while_running_counts_against_the_on_time_rate_but_has_no_time_taken() {
    ServiceFigures f = figures(List.of(tickets(2).resolution(new ClockCounts(2, 1, 1, 3600)).build()), List.of());

    ClockFigures resolution = f.clocks().get(ClockKind.RESOLUTION);
    assertThat(resolution.onTime()).isEqualTo(new Ratio(1, 2));
    assertThat(resolution.averageMinutes()).hasValue(60.0);
    assertThat(resolution.p90Minutes()).isEmpty();
  }

  @Test
  void each_kind_of_clock_has_its_own_on_time_rate_and_a_kind_nobody_ran_has_no_figure() {
    ServiceFigures f = figures(List.of(tickets(3).category("emergency").respondedIn(3, 300)
        .onSite(new ClockCounts(3, 2, 3, 3 * 1500)).build()), List.of());

    assertThat(f.clocks().get(ClockKind.ON_SITE).onTime()).isEqualTo(new Ratio(2, 3));
    assertThat(f.clocks().get(ClockKind.ON_SITE).averageMinutes()).hasValue(25.0);
    assertThat(f.clocks()).doesNotContainKey(ClockKind.RETURN_VISIT);
  }

  @Test
  void a_place_below_the_area_has_no_percentile_but_its_own_on_time_rate() {
    List<TicketTally> tickets = List.of(tickets(4).in(7).respondedIn(4, 2400).build());

    ClockFigures response = ServiceFigures.ofPlace(7, NOVEMBER, tickets, Reach.NONE, Ratio.NONE).clocks()
        .get(ClockKind.RESPONSE);
    assertThat(response.p90Minutes()).isEmpty();
    assertThat(response.onTime()).isEqualTo(new Ratio(4, 4));
  }

  @Test
  void times_taken_are_grouped_by_minute_then_ten_minutes_then_hour() {
    assertThat(ServiceFigures.bucketOf(0)).isEqualTo(1);
    assertThat(ServiceFigures.bucketOf(59)).isEqualTo(1);
    assertThat(ServiceFigures.bucketOf(60)).isEqualTo(2);
    assertThat(ServiceFigures.bucketOf(7_199)).isEqualTo(120);
    assertThat(ServiceFigures.bucketOf(7_200)).isEqualTo(130);
    assertThat(ServiceFigures.bucketOf(172_799)).isEqualTo(2_880);
    assertThat(ServiceFigures.bucketOf(172_800)).isEqualTo(2_940);
  }

  @Test
  void each_day_of_the_period_has_its_received_its_complaints_and_its_average_response() {
    ServiceFigures f = figures(List.of(tickets(4).respondedIn(2, 1200).build(),
        tickets(1).category("complaint").respondedIn(1, 3000).build(),
        tickets(7).on(FIRST.plusDays(2)).build()), List.of());

    ServiceFigures.Day first = f.days().get(0);
    assertThat(first.received()).isEqualTo(5);
    assertThat(first.complaints()).isEqualTo(1);
    assertThat(first.averageResponseMinutes()).hasValue(23.333333333333332);
    assertThat(f.days().get(1).received()).isZero();
    assertThat(f.days().get(2).received()).isEqualTo(7);
  }

  @Test
  void a_places_figures_are_made_of_its_own_tallies_only() {
    List<TicketTally> tickets = List.of(tickets(3).in(1).build(), tickets(4).in(2).build());

    assertThat(ServiceFigures.ofPlace(2, NOVEMBER, tickets, Reach.NONE, Ratio.NONE).received())
        .isEqualTo(4);
  }
}
