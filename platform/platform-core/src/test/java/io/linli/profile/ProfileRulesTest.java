package io.linli.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
  static final Thresholds LIMITS = Thresholds.DEFAULT;

  /** A household with nothing remarkable: active last week, no repairs, ratings or complaints. */
  static final class Household {
    int repairs;
    List<Integer> ratings = new ArrayList<>();
    int repeatComplaints;
    int staleTickets;
    Instant lastActivity = NOW.minus(Duration.ofDays(7));
    Instant watchedSince = NOW.minus(Duration.ofDays(400));

    Household repairs(int n) {
      repairs = n;
      return this;
    }

    Household rated(Integer... stars) {
      ratings = List.of(stars);
      return this;
    }

    Household repeatComplaints(int n) {
      repeatComplaints = n;
      return this;
    }

    Household staleTickets(int n) {
      staleTickets = n;
      return this;
    }

    Household lastSeen(Instant at) {
      lastActivity = at;
      return this;
    }

    Household onLinliSince(Instant at) {
      watchedSince = at;
      return this;
    }

    Figures figures() {
      return new Figures(repairs, ratings, repeatComplaints, staleTickets, lastActivity, watchedSince);
    }
  }

  static Household household() {
    return new Household();
  }

  @Test
  void an_ordinary_household_has_no_rule_tags() {
    assertThat(ProfileRules.tags(household().figures(), LIMITS, NOW)).isEmpty();
  }

  @Test
  void the_third_repair_within_90_days_makes_a_frequent_repairer() {
    assertThat(ProfileRules.tags(household().repairs(2).figures(), LIMITS, NOW))
        .doesNotContain(RuleTag.FREQUENT_REPAIRER);
    assertThat(ProfileRules.tags(household().repairs(3).figures(), LIMITS, NOW))
        .contains(RuleTag.FREQUENT_REPAIRER);
  }

  @Test
  void a_company_may_count_frequent_repairs_from_another_number() {
    Thresholds five = new Thresholds(5, Duration.ofDays(90), 2.5, 5, 2, Duration.ofDays(180), Duration.ofDays(7),
        Duration.ofDays(180), 4);
    assertThat(ProfileRules.tags(household().repairs(4).figures(), five, NOW)).isEmpty();
  }

  @Test
  void low_satisfaction_needs_two_ratings_averaging_two_and_a_half_or_less() {
    assertThat(ProfileRules.tags(household().rated(1).figures(), LIMITS, NOW))
        .doesNotContain(RuleTag.LOW_SATISFACTION);
    assertThat(ProfileRules.tags(household().rated(2, 3).figures(), LIMITS, NOW))
        .contains(RuleTag.LOW_SATISFACTION);
    assertThat(ProfileRules.tags(household().rated(3, 3).figures(), LIMITS, NOW))
        .doesNotContain(RuleTag.LOW_SATISFACTION);
  }

  @Test
  void only_the_latest_ratings_count_so_a_household_can_recover() {
    assertThat(ProfileRules.tags(household().rated(5, 5, 5, 4, 5, 1, 1, 1).figures(), LIMITS, NOW)).isEmpty();
  }

  @Test
  void a_household_silent_for_180_days_is_inactive() {
    assertThat(ProfileRules.tags(household().lastSeen(NOW.minus(Duration.ofDays(181))).figures(), LIMITS, NOW))
        .containsExactly(RuleTag.INACTIVE);
    assertThat(ProfileRules.tags(household().lastSeen(NOW.minus(Duration.ofDays(179))).figures(), LIMITS, NOW))
        .isEmpty();
  }

  @Test
  void silence_counts_only_from_when_the_company_came_to_linli() {
    Household quiet = household().lastSeen(null);
    assertThat(ProfileRules.tags(quiet.onLinliSince(NOW.minus(Duration.ofDays(30))).figures(), LIMITS, NOW))
        .isEmpty();
    assertThat(ProfileRules.tags(quiet.onLinliSince(NOW.minus(Duration.ofDays(200))).figures(), LIMITS, NOW))
        .containsExactly(RuleTag.INACTIVE);
  }

  @Test
  void two_bad_ratings_put_a_household_at_risk_of_leaving() {
    Figures figures = household().rated(1, 2, 5).figures();
    assertThat(ProfileRules.churnScore(figures, LIMITS)).isEqualTo(4);
    assertThat(ProfileRules.tags(figures, LIMITS, NOW)).contains(RuleTag.CHURN_RISK);
  }

  @Test
  void a_repeat_complaint_and_a_bad_rating_add_up_to_a_churn_risk() {
    assertThat(ProfileRules.tags(household().rated(2, 5, 5).repeatComplaints(1).figures(), LIMITS, NOW))
        .containsExactly(RuleTag.CHURN_RISK);
  }

  @Test
  void tickets_left_open_count_one_point_each() {
    assertThat(ProfileRules.churnScore(household().staleTickets(3).figures(), LIMITS)).isEqualTo(3);
    assertThat(ProfileRules.tags(household().staleTickets(3).figures(), LIMITS, NOW)).isEmpty();
    assertThat(ProfileRules.tags(household().staleTickets(4).figures(), LIMITS, NOW))
        .containsExactly(RuleTag.CHURN_RISK);
  }
}
