package io.linli.alert;

import java.time.LocalDate;
import java.util.Arrays;

/** Builds a project's days by how many days ago each thing happened (0: today). */
final class AlertTestData {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private AlertTestData() {}

  static Builder aProject() {
    return new Builder();
  }

  static final class Builder {
    private final DayFigures[] days = new DayFigures[ProjectDays.WINDOW];

    Builder() {
      for (int i = 0; i < days.length; i++) {
        days[i] = DayFigures.empty(TODAY.minusDays(days.length - 1 - i));
      }
    }

    /** One ticket answered that day after each of the given hours. */
    Builder answered(int ago, double... hours) {
      for (double each : hours) {
        change(ago, day -> day.plusResponse(Math.round(each * 3600)));
      }
      return this;
    }

    /** Answers averaging these hours, one a day, the oldest first and the last today. */
    Builder averagesUpToToday(double... hours) {
      for (int i = 0; i < hours.length; i++) {
        answered(hours.length - 1 - i, hours[i]);
      }
      return this;
    }

    Builder complaints(int ago, int count) {
      for (int i = 0; i < count; i++) {
        change(ago, DayFigures::plusComplaint);
      }
      return this;
    }

    Builder ratings(int ago, int... ratings) {
      Arrays.stream(ratings).forEach(r -> change(ago, day -> day.plusRating(r)));
      return this;
    }

    Builder receipts(int ago, int due, int acknowledged) {
      return change(ago, day -> day.plusReceipts(due, acknowledged));
    }

    Builder breaches(int ago, int count) {
      for (int i = 0; i < count; i++) {
        change(ago, DayFigures::plusBreach);
      }
      return this;
    }

    ProjectDays build() {
      return new ProjectDays(Arrays.asList(days));
    }

    private Builder change(int ago, java.util.function.UnaryOperator<DayFigures> how) {
      int index = days.length - 1 - ago;
      days[index] = how.apply(days[index]);
      return this;
    }
  }
}
