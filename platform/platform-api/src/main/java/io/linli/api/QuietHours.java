package io.linli.api;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours in which an owner is not to be disturbed (免打扰时段), in the company's time: a message due then waits
 * for their end. Owners may set their own; {@link #DEFAULT} is 22:00 to 08:00. A span may cross midnight.
 *
 * @param start the first quiet minute
 * @param end the first minute that is no longer quiet; equal to {@code start} for no quiet hours
 */
public record QuietHours(LocalTime start, LocalTime end) {

  /** 22:00 to 08:00. */
  public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

  public QuietHours {
    if (start == null || end == null) {
      throw new IllegalArgumentException("quiet hours: start and end are required");
    }
  }

  /** @return {@code now}, or the end of the quiet hours it falls in */
  public Instant next(Instant now, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (start.equals(end)) {
      return now;
    }
    if (start.isBefore(end)) {
      return !time.isBefore(start) && time.isBefore(end) ? local.with(end).toInstant() : now;
    }
    if (!time.isBefore(start)) {
      return local.toLocalDate().plusDays(1).atTime(end).atZone(zone).toInstant();
    }
    if (time.isBefore(end)) {
      return local.with(end).toInstant();
    }
    return now;
  }
}
