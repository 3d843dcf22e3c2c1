package io.linli.alert;

import java.util.List;

/**
 * A project's last days, oldest first; the last is today, still running. Days without activity are there, empty,
 * so that "three days running" means three calendar days.
 */
public record ProjectDays(List<DayFigures> days) {

  /** How many days back the rules look, today included. */
  public static final int WINDOW = 8;

  public ProjectDays {
    days = List.copyOf(days);
    if (days.isEmpty()) {
      throw new IllegalArgumentException("days: at least today");
    }
  }

  /** @return the day {@code ago} days before today (0: today), or an empty one before the window */
  public DayFigures daysAgo(int ago) {
    int index = days.size() - 1 - ago;
    return index >= 0 ? days.get(index) : DayFigures.empty(today().day().minusDays(ago));
  }

  public DayFigures today() {
    return days.get(days.size() - 1);
  }
}
