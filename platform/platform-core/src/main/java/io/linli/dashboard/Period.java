package io.linli.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** The days a dashboard covers, both included, as the company's calendar counts them. */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

  /** A year and a day: longer periods are exports of their own, not a dashboard. */
  public static final int MAX_DAYS = 366;

  public Period {
    if (from == null || to == null) {
      throw new IllegalArgumentException("from: a period needs a first and a last day");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: the last day is before the first");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new IllegalArgumentException("to: a period covers at most " + MAX_DAYS + " days");
    }
  }

  /** The 30 days up to and including {@code today}. */
  public static Period last30Days(LocalDate today, ZoneId zone) {
    return new Period(today.minusDays(29), today, zone);
  }

  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public Stream<LocalDate> days() {
    return from.datesUntil(to.plusDays(1));
  }
}
