package io.linli.sla;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time limits as property staff write them in files and forms: 30m, 2h, 3d. */
public final class Durations {

  private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,4})(m|h|d)");

  private Durations() {}

  /** @throws IllegalArgumentException when the text is not such a duration */
  public static Duration parse(String text) {
    Matcher matcher = DURATION.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration such as 30m, 2h or 3d");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  /** @return the duration in the largest whole unit: 90m, 2h, 3d */
  public static String format(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes % (24 * 60) == 0) {
      return minutes / (24 * 60) + "d";
    }
    return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
  }
}
