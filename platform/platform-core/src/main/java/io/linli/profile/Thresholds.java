package io.linli.profile;

import java.time.Duration;

/**
 * The limits of the rule tags.
 *
 * @param frequentRepairs 常报修 from this many repair tickets within {@code repairWindow}
 * @param lowAverage 满意度低 at or below this average of the last {@code ratingsCounted} ratings …
 * @param minRatings … once there are at least this many
 * @param inactiveAfter 不活跃 after this long without any request, contact, vote or notice read
 * @param staleAfter a ticket still open this long counts towards the churn risk
 * @param churnAt 流失风险 from this score (see {@link ProfileRules#churnScore})
 */
public record Thresholds(int frequentRepairs, Duration repairWindow, double lowAverage, int ratingsCounted,
    int minRatings, Duration inactiveAfter, Duration staleAfter, Duration complaintWindow, int churnAt) {

  /** 3 repairs in 90 days; an average ≤ 2.5 of the last 5 ratings (at least 2); 180 days; 7 days; 180 days; 4. */
  public static final Thresholds DEFAULT = new Thresholds(3, Duration.ofDays(90), 2.5, 5, 2, Duration.ofDays(180),
      Duration.ofDays(7), Duration.ofDays(180), 4);
}
