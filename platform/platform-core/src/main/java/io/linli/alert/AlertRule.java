package io.linli.alert;

import io.linli.api.Label;
import io.linli.api.Metric.Signal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The alert rules, each judging a project's {@link ProjectDays} against the company's {@link AlertThresholds}.
 * Yellow means "approaching": one day short of a run, or past 80 % of a limit (for the acknowledgement target,
 * halfway from the target to 100 %). Days without data never count against a project, and a rate of nothing is no
 * rate: no alert, no division.
 */
public enum AlertRule {

  /** The average response was over the limit so many days running (today counts once something was answered). */
  RESPONSE_TIME(new Label("响应时长", "Response time")) {
    @Override
    Verdict judge(ProjectDays project, AlertThresholds limits) {
      List<Double> run = new ArrayList<>();
      for (int ago = project.today().responses() == 0 ? 1 : 0; ago < project.days().size(); ago++) {
        OptionalDouble average = project.daysAgo(ago).averageResponseHours();
        if (average.isEmpty() || average.getAsDouble() <= limits.responseHours()) {
          break;
        }
        run.add(average.getAsDouble());
      }
      Collections.reverse(run);
      String limit = plain(limits.responseHours());
      String values = run.stream().map(AlertRule::oneDecimal).collect(Collectors.joining(" / "));
      Label over = run.size() == 1
          ? new Label("平均响应超过 " + limit + " 小时（" + values + " 小时）",
              "Average response over " + limit + " h (" + values + " h)")
          : new Label("连续 " + run.size() + " 天平均响应超过 " + limit + " 小时（" + values + " 小时）",
              "Average response over " + limit + " h for " + run.size() + " days running (" + values + " h)");
      if (!run.isEmpty() && run.size() >= limits.responseDays()) {
        return verdict(Signal.RED, over);
      }
      if (!run.isEmpty() && run.size() == limits.responseDays() - 1) {
        return verdict(Signal.YELLOW, over);
      }
      for (int ago = 0; ago < project.days().size(); ago++) {
        OptionalDouble latest = project.daysAgo(ago).averageResponseHours();
        if (latest.isPresent()) {
          String hours = oneDecimal(latest.getAsDouble());
          return verdict(Signal.GREEN, new Label("最近一天平均响应 " + hours + " 小时",
              "Latest average response " + hours + " h"));
        }
      }
      return verdict(Signal.GREEN, new Label("近一周没有已响应的工单", "No tickets answered in the last week"));
    }
  },

  /**
   * Complaints up by the limit on the day before: today's so far against yesterday's, or yesterday's against the
   * day before's, so a rise keeps its signal through the next day. At least {@value #MIN_COMPLAINTS} complaints on
   * the later day, and none the day before is no rise (nothing to divide by).
   */
  COMPLAINT_RISE(new Label("投诉增幅", "Complaint rise")) {
    @Override
    Verdict judge(ProjectDays project, AlertThresholds limits) {
      int worst = Integer.MIN_VALUE;
      Label reason = null;
      for (int ago = 0; ago <= 1; ago++) {
        int later = project.daysAgo(ago).complaints();
        int before = project.daysAgo(ago + 1).complaints();
        if (before == 0 || later < MIN_COMPLAINTS) {
          continue;
        }
        int rise = (int) Math.floor((later - before) * 100.0 / before);
        if (rise > worst) {
          worst = rise;
          reason = new Label((ago == 0 ? "今日" : "昨日") + "投诉 " + later + " 件，比前一天（" + before + " 件）增加 "
              + rise + "%", later + " complaints " + (ago == 0 ? "today" : "yesterday") + ", up " + rise
              + "% on the day before (" + before + ")");
        }
      }
      if (reason != null && worst >= limits.complaintRisePercent()) {
        return verdict(Signal.RED, reason);
      }
      if (reason != null && worst > 0 && worst * 5 >= limits.complaintRisePercent() * 4) {
        return verdict(Signal.YELLOW, reason);
      }
      int today = project.daysAgo(0).complaints();
      int yesterday = project.daysAgo(1).complaints();
      return verdict(Signal.GREEN, new Label("今日投诉 " + today + " 件，昨日 " + yesterday + " 件",
          "Complaints: " + today + " today, " + yesterday + " yesterday"));
    }
  },

  /** More than the limit of the last 7 days' ratings were 1 or 2 stars, of at least {@value #MIN_RATINGS}. */
  BAD_REVIEWS(new Label("差评率", "Bad reviews")) {
    @Override
    Verdict judge(ProjectDays project, AlertThresholds limits) {
      int ratings = 0;
      int bad = 0;
      for (int ago = 0; ago < 7; ago++) {
        ratings += project.daysAgo(ago).ratings();
        bad += project.daysAgo(ago).badRatings();
      }
      if (ratings == 0) {
        return verdict(Signal.GREEN, new Label("近 7 天暂无评价", "No ratings in the last 7 days"));
      }
      if (ratings < MIN_RATINGS) {
        return verdict(Signal.GREEN, new Label("近 7 天仅有 " + ratings + " 条评价，暂不判断",
            "Only " + ratings + " ratings in the last 7 days: too few to judge"));
      }
      int rate = Math.round(bad * 100f / ratings);
      Label reason = new Label("近 7 天差评率 " + rate + "%（" + ratings + " 条评价中 " + bad + " 条为 1–2 星）",
          "Bad-review rate " + rate + "% in the last 7 days (" + bad + " of " + ratings + " ratings 1–2 stars)");
      if (bad * 100L > (long) limits.badReviewPercent() * ratings) {
        return verdict(Signal.RED, reason);
      }
      return verdict(bad * 500L > limits.badReviewPercent() * 4L * ratings ? Signal.YELLOW : Signal.GREEN, reason);
    }
  },

  /**
   * Fewer households than the target acknowledged the critical notices of the 7 days before today (today's are
   * left out: owners get at least the rest of the day).
   */
  ACKNOWLEDGEMENT(new Label("公告知晓率", "Notice acknowledgement")) {
    @Override
    Verdict judge(ProjectDays project, AlertThresholds limits) {
      long due = 0;
      long acknowledged = 0;
      for (int ago = 1; ago <= 7; ago++) {
        due += project.daysAgo(ago).receiptsDue();
        acknowledged += project.daysAgo(ago).receiptsAcknowledged();
      }
      if (due == 0) {
        return verdict(Signal.GREEN, new Label("近 7 天没有需要业主确认的紧急公告",
            "No critical notices to acknowledge in the last 7 days"));
      }
      int target = limits.acknowledgementPercent();
      long rate = acknowledged * 100 / due;
      Label reason = new Label("紧急公告知晓率 " + rate + "%（" + due + " 户中 " + acknowledged + " 户已知晓），目标 "
          + target + "%", "Critical notices acknowledged by " + rate + "% (" + acknowledged + " of " + due
          + " households), target " + target + "%");
      if (acknowledged * 100 < target * due) {
        return verdict(Signal.RED, reason);
      }
      return verdict(acknowledged * 200 < (target + 100L) * due ? Signal.YELLOW : Signal.GREEN, reason);
    }
  },

  /** More clocks than the limit ran out today, or yesterday (kept through the next day, like a complaint rise). */
  SLA_BREACHES(new Label("超时工单", "SLA breaches")) {
    @Override
    Verdict judge(ProjectDays project, AlertThresholds limits) {
      int today = project.daysAgo(0).slaBreaches();
      int yesterday = project.daysAgo(1).slaBreaches();
      int worst = Math.max(today, yesterday);
      String zhDay = today >= yesterday ? "今日" : "昨日";
      String enDay = today >= yesterday ? "today" : "yesterday";
      int limit = limits.breachesPerDay();
      Label over = new Label(zhDay + "超时 " + worst + " 单（每日上限 " + limit + " 单）",
          worst + " SLA breaches " + enDay + " (limit " + limit + " a day)");
      if (worst > limit) {
        return verdict(Signal.RED, over);
      }
      if (worst > 0 && worst * 5 > limit * 4) {
        return verdict(Signal.YELLOW, over);
      }
      return verdict(Signal.GREEN, new Label("今日超时 " + today + " 单，昨日 " + yesterday + " 单",
          "SLA breaches: " + today + " today, " + yesterday + " yesterday"));
    }
  };

  /** A rating of this or less is a bad review. */
  static final int BAD_RATING = 2;
  /** Fewer complaints than this on a day are no rise, whatever the day before. */
  static final int MIN_COMPLAINTS = 3;
  /** Fewer ratings than this in the 7 days are too few for a rate. */
  static final int MIN_RATINGS = 5;

  private final Label label;

  AlertRule(Label label) {
    this.label = label;
  }

  public Label label() {
    return label;
  }

  /** @return how the project stands on this rule */
  abstract Verdict judge(ProjectDays project, AlertThresholds limits);

  /** @return the project's standing on every rule, in the rules' order */
  public static List<Verdict> judgeAll(ProjectDays project, AlertThresholds limits) {
    List<Verdict> verdicts = new ArrayList<>();
    for (AlertRule rule : values()) {
      verdicts.add(rule.judge(project, limits));
    }
    return verdicts;
  }

  Verdict verdict(Signal signal, Label reason) {
    return new Verdict(this, signal, reason);
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
