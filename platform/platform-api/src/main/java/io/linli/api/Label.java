package io.linli.api;

import java.util.Locale;
import java.util.Objects;

/** A text shown to people, in Chinese (the default) and English. */
public record Label(String zh, String en) {

  public Label {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** @return the English text for an English locale, else the Chinese */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
  }
}
