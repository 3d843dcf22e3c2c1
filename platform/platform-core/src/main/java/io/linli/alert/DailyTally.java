package io.linli.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Counts what happened into each project's days of the company's calendar: the {@link ProjectDays#WINDOW} days up
 * to today. What falls outside them is left out.
 */
public final class DailyTally {

  private final ZoneId zone;
  private final LocalDate today;
  private final LocalDate first;
  private final Map<Long, DayFigures[]> byProject = new HashMap<>();

  public DailyTally(ZoneId zone, Instant now) {
    this.zone = zone;
    this.today = now.atZone(zone).toLocalDate();
    this.first = today.minusDays(ProjectDays.WINDOW - 1);
  }

  /** @return the first instant the tally counts: the start of its first day */
  public Instant since() {
    return first.atStartOfDay(zone).toInstant();
  }

  /** A ticket answered at {@code at}, after {@code took} (pauses left out). */
  public void response(long project, Instant at, Duration took) {
    add(project, at, day -> day.plusResponse(Math.max(0, took.toSeconds())));
  }

  public void complaint(long project, Instant filedAt) {
    add(project, filedAt, DayFigures::plusComplaint);
  }

  public void rating(long project, Instant at, int rating) {
    add(project, at, day -> day.plusRating(rating));
  }

  /** A critical notice published at {@code at} for {@code due} of the project's households. */
  public void receipts(long project, Instant at, int due, int acknowledged) {
    add(project, at, day -> day.plusReceipts(due, acknowledged));
  }

  public void breach(long project, Instant at) {
    add(project, at, DayFigures::plusBreach);
  }

  /** @return the project's days, oldest first; empty ones where nothing was counted */
  public ProjectDays of(long project) {
    DayFigures[] days = byProject.get(project);
    List<DayFigures> list = new ArrayList<>();
    for (int i = 0; i < ProjectDays.WINDOW; i++) {
      list.add(days == null || days[i] == null ? DayFigures.empty(first.plusDays(i)) : days[i]);
    }
    return new ProjectDays(list);
  }

  private void add(long project, Instant at, UnaryOperator<DayFigures> change) {
    LocalDate day = at.atZone(zone).toLocalDate();
    if (day.isBefore(first) || day.isAfter(today)) {
      return;
    }
    int index = (int) (day.toEpochDay() - first.toEpochDay());
    DayFigures[] days = byProject.computeIfAbsent(project, p -> new DayFigures[ProjectDays.WINDOW]);
    days[index] = change.apply(days[index] == null ? DayFigures.empty(day) : days[index]);
  }
}
