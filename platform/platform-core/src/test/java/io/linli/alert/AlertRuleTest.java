package io.linli.alert;

import static io.linli.alert.AlertTestData.aProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.api.Metric.Signal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AlertRuleTest {

  private static final AlertThresholds LIMITS = AlertThresholds.DEFAULT;

  private static Verdict judge(AlertRule rule, AlertTestData.Builder project) {
    return rule.judge(project.build(), LIMITS);
  }

  @Nested
  class ResponseTime {

    @Test
    void three_days_running_over_two_hours_is_red_with_each_days_average_in_the_reason() {
      Verdict verdict = judge(AlertRule.RESPONSE_TIME, aProject().averagesUpToToday(2.6, 3.1, 2.4));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).isEqualTo("连续 3 天平均响应超过 2 小时（2.6 / 3.1 / 2.4 小时）");
      assertThat(verdict.reason().en()).isEqualTo("Average response over 2 h for 3 days running (2.6 / 3.1 / 2.4 h)");
    }

    @Test
    void a_days_average_counts_every_answer_of_that_day() {
      Verdict verdict = judge(AlertRule.RESPONSE_TIME,
          aProject().answered(2, 4, 0.5).answered(1, 3).answered(0, 1, 4));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).contains("（2.3 / 3.0 / 2.5 小时）");
    }

    @Test
    void two_days_running_is_yellow() {
      Verdict verdict = judge(AlertRule.RESPONSE_TIME, aProject().averagesUpToToday(1.0, 2.5, 3.0));

      assertThat(verdict.signal()).isEqualTo(Signal.YELLOW);
      assertThat(verdict.reason().zh()).isEqualTo("连续 2 天平均响应超过 2 小时（2.5 / 3.0 小时）");
    }

    @Test
    void a_day_nothing_was_answered_breaks_the_run() {
      Verdict verdict = judge(AlertRule.RESPONSE_TIME, aProject().answered(3, 3).answered(2, 3).answered(0, 3));

      assertThat(verdict.signal()).isEqualTo(Signal.GREEN);
    }

    @Test
    void today_without_answers_yet_leaves_the_run_of_the_days_before_standing() {
      Verdict verdict = judge(AlertRule.RESPONSE_TIME, aProject().answered(3, 3).answered(2, 3).answered(1, 3));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
    }

    @Test
    void an_average_of_exactly_the_limit_is_not_over_it() {
      Verdict verdict = judge(AlertRule.RESPONSE_TIME, aProject().averagesUpToToday(2, 2, 2));

      assertThat(verdict.signal()).isEqualTo(Signal.GREEN);
      assertThat(verdict.reason().zh()).isEqualTo("最近一天平均响应 2.0 小时");
    }

    @Test
    void a_week_without_answers_is_green() {
      Verdict verdict = judge(AlertRule.RESPONSE_TIME, aProject());

      assertThat(verdict.signal()).isEqualTo(Signal.GREEN);
      assertThat(verdict.reason().zh()).isEqualTo("近一周没有已响应的工单");
    }

    @Test
    void a_company_that_allows_one_day_is_red_at_the_first() {
      Verdict verdict = AlertRule.RESPONSE_TIME.judge(aProject().answered(0, 1.6).build(),
          new AlertThresholds(1.5, 1, 50, 20, 90, 5));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).isEqualTo("平均响应超过 1.5 小时（1.6 小时）");
    }
  }

  @Nested
  class ComplaintRise {

    @Test
    void complaints_up_half_on_the_day_before_are_red() {
      Verdict verdict = judge(AlertRule.COMPLAINT_RISE, aProject().complaints(1, 4).complaints(0, 6));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).isEqualTo("今日投诉 6 件，比前一天（4 件）增加 50%");
    }

    @Test
    void yesterdays_rise_stays_red_through_today() {
      Verdict verdict = judge(AlertRule.COMPLAINT_RISE, aProject().complaints(2, 2).complaints(1, 5));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).isEqualTo("昨日投诉 5 件，比前一天（2 件）增加 150%");
    }

    @Test
    void a_rise_of_forty_percent_is_yellow() {
      Verdict verdict = judge(AlertRule.COMPLAINT_RISE, aProject().complaints(1, 5).complaints(0, 7));

      assertThat(verdict.signal()).isEqualTo(Signal.YELLOW);
    }

    @Test
    void complaints_after_a_day_without_any_are_no_rise_to_divide() {
      Verdict verdict = judge(AlertRule.COMPLAINT_RISE, aProject().complaints(0, 10));

      assertThat(verdict.signal()).isEqualTo(Signal.GREEN);
      assertThat(verdict.reason().zh()).isEqualTo("今日投诉 10 件，昨日 0 件");
    }

    @Test
    void fewer_than_three_complaints_are_no_rise() {
      Verdict verdict = judge(AlertRule.COMPLAINT_RISE, aProject().complaints(1, 1).complaints(0, 2));

      assertThat(verdict.signal()).isEqualTo(Signal.GREEN);
    }

    @Test
    void falling_complaints_are_green() {
      assertThat(judge(AlertRule.COMPLAINT_RISE, aProject().complaints(1, 8).complaints(0, 3)).signal())
          .isEqualTo(Signal.GREEN);
    }
  }

  @Nested
  class BadReviews {

    @Test
    void more_than_a_fifth_of_the_weeks_ratings_bad_is_red() {
      Verdict verdict = judge(AlertRule.BAD_REVIEWS, aProject().ratings(3, 5, 5, 4, 1, 5).ratings(0, 2, 5, 5, 4, 1));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).isEqualTo("近 7 天差评率 30%（10 条评价中 3 条为 1–2 星）");
    }

    @Test
    void exactly_a_fifth_is_not_over_the_limit_but_close_to_it() {
      Verdict verdict = judge(AlertRule.BAD_REVIEWS, aProject().ratings(0, 1, 2, 5, 5, 5, 5, 5, 5, 5, 5));

      assertThat(verdict.signal()).isEqualTo(Signal.YELLOW);
    }

    @Test
    void a_three_star_rating_is_not_bad() {
      assertThat(judge(AlertRule.BAD_REVIEWS, aProject().ratings(0, 3, 3, 3, 3, 3)).signal())
          .isEqualTo(Signal.GREEN);
    }

    @Test
    void a_week_without_ratings_is_green_without_a_rate() {
      Verdict verdict = judge(AlertRule.BAD_REVIEWS, aProject());

      assertThat(verdict.signal()).isEqualTo(Signal.GREEN);
      assertThat(verdict.reason().zh()).isEqualTo("近 7 天暂无评价");
    }

    @Test
    void fewer_than_five_ratings_are_too_few_to_judge() {
      Verdict verdict = judge(AlertRule.BAD_REVIEWS, aProject().ratings(0, 1, 1, 1, 1));

      assertThat(verdict.signal()).isEqualTo(Signal.GREEN);
      assertThat(verdict.reason().zh()).isEqualTo("近 7 天仅有 4 条评价，暂不判断");
    }

    @Test
    void ratings_older_than_seven_days_are_left_out() {
      assertThat(judge(AlertRule.BAD_REVIEWS, aProject().ratings(7, 1, 1, 1, 1, 1, 1)).signal())
          .isEqualTo(Signal.GREEN);
    }
  }

  @Nested
  class Acknowledgement {

    @Test
    void fewer_households_than_the_target_acknowledging_is_red() {
      Verdict verdict = judge(AlertRule.ACKNOWLEDGEMENT, aProject().receipts(2, 100, 80).receipts(1, 100, 90));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).isEqualTo("紧急公告知晓率 85%（200 户中 170 户已知晓），目标 90%");
    }

    @Test
    void less_than_halfway_from_the_target_to_all_is_yellow() {
      assertThat(judge(AlertRule.ACKNOWLEDGEMENT, aProject().receipts(1, 100, 93)).signal())
          .isEqualTo(Signal.YELLOW);
      assertThat(judge(AlertRule.ACKNOWLEDGEMENT, aProject().receipts(1, 100, 95)).signal())
          .isEqualTo(Signal.GREEN);
    }

    @Test
    void just_under_the_target_is_red_and_not_rounded_up_to_it() {
      Verdict verdict = judge(AlertRule.ACKNOWLEDGEMENT, aProject().receipts(1, 1000, 899));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).startsWith("紧急公告知晓率 89%");
    }

    @Test
    void todays_notices_are_left_out_so_owners_get_the_day() {
      assertThat(judge(AlertRule.ACKNOWLEDGEMENT, aProject().receipts(0, 100, 0)).signal())
          .isEqualTo(Signal.GREEN);
    }

    @Test
    void no_critical_notices_is_green_without_a_rate() {
      Verdict verdict = judge(AlertRule.ACKNOWLEDGEMENT, aProject());

      assertThat(verdict.signal()).isEqualTo(Signal.GREEN);
      assertThat(verdict.reason().zh()).isEqualTo("近 7 天没有需要业主确认的紧急公告");
    }
  }

  @Nested
  class SlaBreaches {

    @Test
    void more_breaches_in_a_day_than_the_limit_is_red() {
      Verdict verdict = judge(AlertRule.SLA_BREACHES, aProject().breaches(0, 6));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).isEqualTo("今日超时 6 单（每日上限 5 单）");
    }

    @Test
    void yesterdays_breaches_stay_red_through_today() {
      Verdict verdict = judge(AlertRule.SLA_BREACHES, aProject().breaches(1, 7).breaches(0, 1));

      assertThat(verdict.signal()).isEqualTo(Signal.RED);
      assertThat(verdict.reason().zh()).isEqualTo("昨日超时 7 单（每日上限 5 单）");
    }

    @Test
    void reaching_the_limit_is_yellow() {
      assertThat(judge(AlertRule.SLA_BREACHES, aProject().breaches(0, 5)).signal()).isEqualTo(Signal.YELLOW);
      assertThat(judge(AlertRule.SLA_BREACHES, aProject().breaches(0, 4)).signal()).isEqualTo(Signal.GREEN);
    }

    @Test
    void no_breaches_is_green() {
      Verdict verdict = judge(AlertRule.SLA_BREACHES, aProject());

      assertThat(verdict.signal()).isEqualTo(Signal.GREEN);
      assertThat(verdict.reason().zh()).isEqualTo("今日超时 0 单，昨日 0 单");
    }
  }

  @Test
  void an_empty_week_is_green_on_every_rule() {
    assertThat(AlertRule.judgeAll(aProject().build(), LIMITS)).extracting(Verdict::signal).containsOnly(Signal.GREEN)
        .hasSize(AlertRule.values().length);
  }

  @Test
  void a_limit_out_of_range_is_refused_naming_its_field() {
    assertThatThrownBy(() -> new AlertThresholds(0, 3, 50, 20, 90, 5)).hasMessageStartingWith("responseHours:");
    assertThatThrownBy(() -> new AlertThresholds(2, 8, 50, 20, 90, 5)).hasMessageStartingWith("responseDays:");
    assertThatThrownBy(() -> new AlertThresholds(2, 3, 50, 20, 101, 5))
        .hasMessageStartingWith("acknowledgementPercent:");
    assertThatThrownBy(() -> new AlertThresholds(Double.NaN, 3, 50, 20, 90, 5))
        .hasMessageStartingWith("responseHours:");
  }
}
