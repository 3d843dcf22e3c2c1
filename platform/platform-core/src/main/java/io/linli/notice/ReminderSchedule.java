package io.linli.notice;

import io.linli.notification.DeliveryChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When and how a notice reaches a household: step by step, each a time after publishing and the channels used then.
 * A critical notice follows the company's reminder steps until the household acknowledges it (by default: portal and
 * web push at once, SMS after 30 minutes, a phone call by the steward after 2 hours); any other notice goes out once,
 * through the channels its sender chose.
 */
public record ReminderSchedule(List<Step> steps) {

  /** One step: how long after publishing, and through which channels. */
  public record Step(Duration after, Set<DeliveryChannel> channels) {

    public Step {
      if (after == null || after.isNegative()) {
        throw new IllegalArgumentException("after: is required, not negative");
      }
      if (channels == null || channels.isEmpty()) {
        throw new IllegalArgumentException("channels: at least one");
      }
      channels = Set.copyOf(channels);
    }
  }

  /** Portal and web push at once, SMS after 30 minutes, a phone task for the steward after 2 hours. */
  public static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(
      new Step(Duration.ZERO, EnumSet.of(DeliveryChannel.PORTAL, DeliveryChannel.WEB_PUSH)),
      new Step(Duration.ofMinutes(30), EnumSet.of(DeliveryChannel.SMS)),
      new Step(Duration.ofHours(2), EnumSet.of(DeliveryChannel.PHONE))));

  public ReminderSchedule {
    if (steps == null || steps.isEmpty()) {
      throw new IllegalArgumentException("steps: at least one");
    }
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i).after().compareTo(steps.get(i - 1).after()) <= 0) {
        throw new IllegalArgumentException("steps: each comes later than the one before");
      }
    }
    steps = List.copyOf(steps);
  }

  /**
   * @param companyReminders the company's steps for critical notices
   * @return the steps of one notice: the company's, with the sender's channels added to the first, for a critical
   *     one; one step of the sender's channels at once for any other
   */
  public static ReminderSchedule of(boolean critical, Set<DeliveryChannel> chosen, ReminderSchedule companyReminders) {
    if (!critical) {
      return new ReminderSchedule(List.of(new Step(Duration.ZERO, chosen)));
    }
    List<Step> steps = new ArrayList<>(companyReminders.steps());
    Set<DeliveryChannel> first = EnumSet.copyOf(steps.get(0).channels());
    first.addAll(chosen);
    steps.set(0, new Step(steps.get(0).after(), first));
    return new ReminderSchedule(steps);
  }

  /** @return when step {@code index} is due for a notice published at {@code publishedAt}; empty past the last */
  public Optional<Instant> dueAt(int index, Instant publishedAt) {
    return index < steps.size() ? Optional.of(publishedAt.plus(steps.get(index).after())) : Optional.empty();
  }

  /** @return whether any step sends something (the portal shows a notice by itself) */
  public boolean sendsBeyondThePortal() {
    return steps.stream().anyMatch(s -> !s.channels().equals(Set.of(DeliveryChannel.PORTAL)));
  }

  public Step step(int index) {
    return steps.get(index);
  }
}
