package io.linli.alert;

/**
 * A company's limits for its alert rules; {@link #DEFAULT} until it sets its own (alerts.yaml, or its admin in the
 * console).
 *
 * @param responseHours red when the average response is over this many hours …
 * @param responseDays … so many days running
 * @param complaintRisePercent red when a day's complaints are up this much on the day before
 * @param badReviewPercent red when more than this share of the last 7 days' ratings are 1 or 2 stars
 * @param acknowledgementPercent red when fewer households than this acknowledged the critical notices
 * @param breachesPerDay red when more clocks than this ran out in a day
 */
public record AlertThresholds(double responseHours, int responseDays, int complaintRisePercent,
    int badReviewPercent, int acknowledgementPercent, int breachesPerDay) {

  public static final AlertThresholds DEFAULT = new AlertThresholds(2, 3, 50, 20, 90, 5);

  /** @throws IllegalArgumentException naming the field of the first value out of range */
  public AlertThresholds {
    if (!(responseHours >= 0.25 && responseHours <= 72)) {
      throw new IllegalArgumentException("responseHours: must be between 0.25 and 72 hours");
    }
    require("responseDays", responseDays, 1, ProjectDays.WINDOW - 1);
    require("complaintRisePercent", complaintRisePercent, 10, 1000);
    require("badReviewPercent", badReviewPercent, 1, 99);
    require("acknowledgementPercent", acknowledgementPercent, 1, 100);
    require("breachesPerDay", breachesPerDay, 0, 10_000);
  }

  private static void require(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + ": must be between " + min + " and " + max);
    }
  }
}
