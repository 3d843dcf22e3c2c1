package io.linli.profile;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Which rule tags a household's figures earn. Plain Java, so the rules are tested without a container. */
public final class ProfileRules {

  private ProfileRules() {}

  public static Set<RuleTag> tags(Figures figures, Thresholds limits, Instant now) {
    Set<RuleTag> tags = EnumSet.noneOf(RuleTag.class);
    if (figures.repairs() >= limits.frequentRepairs()) {
      tags.add(RuleTag.FREQUENT_REPAIRER);
    }
    var ratings = figures.ratings().stream().limit(limits.ratingsCounted()).toList();
    if (ratings.size() >= limits.minRatings()
        && ratings.stream().mapToInt(Integer::intValue).average().orElse(5) <= limits.lowAverage()) {
      tags.add(RuleTag.LOW_SATISFACTION);
    }
    Instant last = figures.lastActivity() == null ? figures.watchedSince() : figures.lastActivity();
    if (last != null && last.plus(limits.inactiveAfter()).isBefore(now)) {
      tags.add(RuleTag.INACTIVE);
    }
    if (churnScore(figures, limits) >= limits.churnAt()) {
      tags.add(RuleTag.CHURN_RISK);
    }
    return tags;
  }

  /**
   * 2 points for each rating of 1 or 2 stars among the latest, 2 for each repeat complaint within the complaint
   * window, 1 for each ticket open longer than the thresholds allow: an owner who rated badly twice, or complained
   * again and rated badly once, or waits on four stale tickets, is at risk at the default of 4.
   */
  public static int churnScore(Figures figures, Thresholds limits) {
    long low = figures.ratings().stream().limit(limits.ratingsCounted()).filter(r -> r <= 2).count();
    return (int) (2 * low + 2L * figures.repeatComplaints() + figures.staleTickets());
  }
}
