package io.linli.survey;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Nobody is asked for a survey at night: from 22:00 to 08:00 (company time) a survey waits for the morning. */
public final class QuietHours {

  static final LocalTime START = LocalTime.of(22, 0);
  static final LocalTime END = LocalTime.of(8, 0);

  private QuietHours() {}

  /** @return {@code now}, or the end of the quiet hours it falls in */
  public static Instant next(Instant now, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (!time.isBefore(START)) {
      return local.toLocalDate().plusDays(1).atTime(END).atZone(zone).toInstant();
    }
    if (time.isBefore(END)) {
      return local.toLocalDate().atTime(END).atZone(zone).toInstant();
    }
    return now;
  }
}
