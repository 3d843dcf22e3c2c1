package io.linli.poll;

import static io.linli.poll.PollTestData.add;
import static io.linli.poll.PollTestData.ballots;
import static io.linli.poll.PollTestData.electorate;
import static io.linli.poll.PollTestData.poll;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TallyTest {

  /** 90 households of 9,000 m²: two thirds is 60 households and 6,000 m². */
  private static final Tally.Count PROJECT = electorate(90, "9000.00");

  @Test
  void exactly_two_thirds_of_the_households_and_of_the_area_is_enough_participation() {
    Poll poll = poll().build();
    var ballots = ballots();
    add(ballots, poll.options().get(0), 60, "6000.00");

    Tally.Results results = Tally.count(poll, PROJECT, ballots);

    assertThat(results.householdsTookPart()).isTrue();
    assertThat(results.areaTookPart()).isTrue();
    assertThat(results.householdTurnout()).isEqualByComparingTo("66.7");
    assertThat(results.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(results.passed()).contains(poll.options().get(0));
  }

  @Test
  void enough_households_with_too_little_area_is_too_few_and_so_is_the_reverse() {
    Poll poll = poll().build();
    var littleArea = ballots();
    add(littleArea, poll.options().get(0), 70, "5999.99");
    var fewHouseholds = ballots();
    add(fewHouseholds, poll.options().get(0), 59, "8000.00");

    assertThat(Tally.count(poll, PROJECT, littleArea).outcome()).isEqualTo(Outcome.TOO_FEW_TOOK_PART);
    assertThat(Tally.count(poll, PROJECT, littleArea).areaTookPart()).isFalse();
    assertThat(Tally.count(poll, PROJECT, fewHouseholds).outcome()).isEqualTo(Outcome.TOO_FEW_TOOK_PART);
    assertThat(Tally.count(poll, PROJECT, fewHouseholds).householdsTookPart()).isFalse();
  }

  @Test
  void a_general_matter_needs_more_than_half_of_the_participants_by_headcount_and_by_area() {
    Poll poll = poll().kind(MatterKind.GENERAL).build();
    var half = ballots();
    add(half, poll.options().get(0), 30, "3000.00");
    add(half, poll.options().get(1), 30, "3000.00");
    var moreThanHalf = ballots();
    add(moreThanHalf, poll.options().get(0), 31, "3000.01");
    add(moreThanHalf, poll.options().get(1), 29, "2999.99");
    var headcountButNotArea = ballots();
    add(headcountButNotArea, poll.options().get(0), 40, "2900.00");
    add(headcountButNotArea, poll.options().get(1), 20, "3100.00");

    assertThat(Tally.count(poll, PROJECT, half).outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(Tally.count(poll, PROJECT, moreThanHalf).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(Tally.count(poll, PROJECT, headcountButNotArea).outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void a_major_matter_passes_with_exactly_three_quarters_and_not_with_less() {
    Poll poll = poll().kind(MatterKind.MAJOR).build();
    var threeQuarters = ballots();
    add(threeQuarters, poll.options().get(0), 45, "4500.00");
    add(threeQuarters, poll.options().get(1), 15, "1500.00");
    var justLess = ballots();
    add(justLess, poll.options().get(0), 45, "4499.99");
    add(justLess, poll.options().get(1), 15, "1500.01");

    assertThat(Tally.count(poll, PROJECT, threeQuarters).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(Tally.count(poll, PROJECT, justLess).outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void abstentions_take_part_but_approve_nothing() {
    Poll poll = poll().build();
    var ballots = ballots();
    add(ballots, poll.options().get(0), 25, "2500.00");
    add(ballots, poll.options().get(1), 5, "500.00");
    add(ballots, poll.options().get(2), 30, "3000.00");

    Tally.Results results = Tally.count(poll, PROJECT, ballots);

    assertThat(results.participants()).isEqualTo(new Tally.Count(60, new BigDecimal("6000.00")));
    assertThat(results.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(results.options().get(2).householdShare()).isEqualByComparingTo("50.0");
    assertThat(results.options().get(2).approved()).isFalse();
  }

  @Test
  void against_winning_rejects_the_motion_rather_than_passing_anything() {
    Poll poll = poll().build();
    var ballots = ballots();
    add(ballots, poll.options().get(1), 60, "6000.00");

    Tally.Results results = Tally.count(poll, PROJECT, ballots);

    assertThat(results.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(results.passed()).isEmpty();
  }

  @Test
  void of_two_alternatives_that_both_reach_a_low_threshold_the_larger_area_passes() {
    Poll poll = poll().options("方案一", "方案二").thresholds(Thresholds.parse("2/3", "1/3")).build();
    var ballots = ballots();
    add(ballots, poll.options().get(0), 32, "2900.00");
    add(ballots, poll.options().get(1), 28, "3100.00");

    assertThat(Tally.count(poll, PROJECT, ballots).passed()).contains(poll.options().get(1));
  }

  @Test
  void a_poll_nobody_voted_in_and_a_project_without_area_never_reach_participation() {
    Poll poll = poll().build();

    Tally.Results empty = Tally.count(poll, PROJECT, ballots());
    Tally.Results nothing = Tally.count(poll, Tally.Count.NONE, ballots());

    assertThat(empty.outcome()).isEqualTo(Outcome.TOO_FEW_TOOK_PART);
    assertThat(empty.options()).allSatisfy(o -> assertThat(o.areaShare()).isEqualByComparingTo("0"));
    assertThat(nothing.outcome()).isEqualTo(Outcome.TOO_FEW_TOOK_PART);
    assertThat(nothing.areaTurnout()).isEqualByComparingTo("0");
    var zeroArea = ballots();
    add(zeroArea, poll.options().get(0), 2, "0");
    assertThat(Tally.count(poll, electorate(2, "0"), zeroArea).areaTookPart()).isFalse();
  }

  @Test
  void a_consultation_reports_its_results_and_decides_nothing() {
    Poll poll = poll().kind(MatterKind.CONSULTATION).options("早上", "晚上").build();
    var ballots = ballots();
    add(ballots, poll.options().get(0), 3, "300.00");
    add(ballots, poll.options().get(1), 1, "100.00");

    Tally.Results results = Tally.count(poll, PROJECT, ballots);

    assertThat(results.outcome()).isEqualTo(Outcome.CONSULTATION_ONLY);
    assertThat(results.householdsTookPart()).isTrue();
    assertThat(results.options().get(0).areaShare()).isEqualByComparingTo("75.0");
  }
}
