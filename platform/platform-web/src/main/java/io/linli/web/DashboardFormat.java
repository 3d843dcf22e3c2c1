package io.linli.web;

import io.linli.dashboard.Ratio;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/** How the dashboard writes its figures, on screen and in the exported sheet alike; "—" where there is no figure. */
public final class DashboardFormat {

  public static final String NONE = "—";

  private final ResourceBundle texts;
  private final Locale locale;

  public DashboardFormat(Locale locale) {
    this.locale = locale;
    this.texts = Translations.of(locale);
  }

  public String percent(Ratio ratio) {
    return ratio.share().isEmpty() ? NONE : String.format(locale, "%.1f%%", ratio.share().getAsDouble() * 100);
  }

  /** Minutes below two hours, hours beyond. */
  public String duration(OptionalDouble minutes) {
    if (minutes.isEmpty()) {
      return NONE;
    }
    double m = minutes.getAsDouble();
    return m < 120 ? text("dashboard.minutes", String.format(locale, "%.0f", m))
        : text("dashboard.hours", String.format(locale, "%.1f", m / 60));
  }

  public String number(OptionalDouble value, String pattern) {
    return value.isEmpty() ? NONE : String.format(locale, pattern, value.getAsDouble());
  }

  public String text(String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), locale).format(arguments);
  }

  public ResourceBundle texts() {
    return texts;
  }
}
