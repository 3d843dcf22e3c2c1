package io.linli.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's working days, so that deadlines like "3 working days" skip weekends and public holidays but count the
 * make-up working days (调休上班) that China moves onto weekends around long holidays. A day listed as a holiday is
 * off, a day listed as a make-up working day is worked, any other day is worked from Monday to Friday.
 */
public final class WorkingCalendar {

  static final String CHINA_OFFICIAL_RESOURCE = "cn-official-holidays.txt";

  private final ZoneId zone;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpWorkingDays;

  /**
   * @param zone where the days are local; the same rule gives different instants in different zones
   * @throws IllegalArgumentException if a day is both a holiday and a make-up working day
   */
  public WorkingCalendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.holidays = Set.copyOf(holidays);
    this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    for (LocalDate day : this.holidays) {
      if (this.makeUpWorkingDays.contains(day)) {
        throw new IllegalArgumentException(day + " is both a holiday and a make-up working day");
      }
    }
  }

  /**
   * The State Council's arrangement of public holidays and make-up working days (国务院办公厅节假日安排), from
   * {@code io/linli/sla/cn-official-holidays.txt}. Years not in the file have weekends only.
   */
  public static WorkingCalendar chinaOfficial(ZoneId zone) {
    WorkingCalendar official = ChinaOfficial.CALENDAR;
    return new WorkingCalendar(zone, official.holidays, official.makeUpWorkingDays);
  }

  /**
   * Reads the calendar line format: {@code holiday 2026-10-01} or {@code workday 2026-10-10}, each optionally a
   * range {@code holiday 2026-10-01..2026-10-07} (both ends included); {@code #} starts a comment; blank lines are
   * ignored.
   *
   * @throws IllegalArgumentException naming the line number and text of the first malformed line
   */
  public static WorkingCalendar parse(ZoneId zone, List<String> lines) {
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> workdays = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf('#');
      String content = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] parts = content.split("\\s+");
      if (parts.length != 2) {
        throw malformed(i, line, "expected 'holiday <date>' or 'workday <date>'");
      }
      Set<LocalDate> target;
      Set<LocalDate> other;
      switch (parts[0]) {
        case "holiday" -> {
          target = holidays;
          other = workdays;
        }
        case "workday" -> {
          target = workdays;
          other = holidays;
        }
        default -> throw malformed(i, line, "unknown kind '" + parts[0] + "', expected 'holiday' or 'workday'");
      }
      for (LocalDate day : days(parts[1], i, line)) {
        if (other.contains(day)) {
          throw malformed(i, line, day + " is already listed as the other kind of day");
        }
        target.add(day);
      }
    }
    return new WorkingCalendar(zone, holidays, workdays);
  }

  public ZoneId zone() {
    return zone;
  }

  public boolean isWorkingDay(LocalDate day) {
    if (holidays.contains(day)) {
      return false;
    }
    if (makeUpWorkingDays.contains(day)) {
      return true;
    }
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
  }

  /**
   * The same local time of day on the {@code days}-th working day after the local date of {@code start}; the start
   * date itself never counts, even if it is a working day. A local time that does not exist on that day (a
   * daylight-saving gap) is moved later by the length of the gap, as {@link ZonedDateTime} resolves it.
   *
   * @param days at least 1
   */
  public Instant addWorkingDays(Instant start, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    ZonedDateTime local = start.atZone(zone);
    LocalDate day = local.toLocalDate();
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return ZonedDateTime.ofLocal(day.atTime(local.toLocalTime()), zone, local.getOffset()).toInstant();
  }

  /**
   * A copy with more holidays and working days, for a tenant editing the default: the extras win over this
   * calendar's own lists, so a default holiday can become a working day and the other way round.
   *
   * @throws IllegalArgumentException if a day is in both extra sets
   */
  public WorkingCalendar with(Set<LocalDate> extraHolidays, Set<LocalDate> extraWorkingDays) {
    Set<LocalDate> newHolidays = new HashSet<>(holidays);
    newHolidays.removeAll(extraWorkingDays);
    newHolidays.addAll(extraHolidays);
    Set<LocalDate> newWorkingDays = new HashSet<>(makeUpWorkingDays);
    newWorkingDays.removeAll(extraHolidays);
    newWorkingDays.addAll(extraWorkingDays);
    return new WorkingCalendar(zone, newHolidays, newWorkingDays);
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + zone + ", " + holidays.size() + " holidays, " + makeUpWorkingDays.size()
        + " make-up working days]";
  }

  private static List<LocalDate> days(String text, int index, String line) {
    int range = text.indexOf("..");
    try {
      if (range < 0) {
        return List.of(LocalDate.parse(text));
      }
      LocalDate first = LocalDate.parse(text.substring(0, range));
      LocalDate last = LocalDate.parse(text.substring(range + 2));
      if (last.isBefore(first)) {
        throw malformed(index, line, "the range ends before it starts");
      }
      return first.datesUntil(last.plusDays(1)).toList();
    } catch (DateTimeParseException e) {
      throw malformed(index, line, "expected a date like 2026-10-01 or a range like 2026-10-01..2026-10-07");
    }
  }

  private static IllegalArgumentException malformed(int index, String line, String problem) {
    return new IllegalArgumentException("line " + (index + 1) + " '" + line + "': " + problem);
  }

  /** Read once, on first use. */
  private static final class ChinaOfficial {
    static final WorkingCalendar CALENDAR = parse(ZoneId.of("Asia/Shanghai"), read());

    private static List<String> read() {
      try (InputStream in = WorkingCalendar.class.getResourceAsStream(CHINA_OFFICIAL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource io/linli/sla/" + CHINA_OFFICIAL_RESOURCE);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
