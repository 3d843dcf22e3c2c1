package io.linli.web;

import java.util.Locale;
import java.util.ResourceBundle;

/** The console's words (Vaadin's translation files) for what is written outside a view: exported sheets. */
public final class Translations {

  private Translations() {}

  public static ResourceBundle of(Locale locale) {
    Locale wanted = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    return ResourceBundle.getBundle("vaadin-i18n.translations", wanted,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** @return the word for {@code key}, or {@code fallback} (a company's own category has no translation) */
  public static String word(ResourceBundle texts, String key, String fallback) {
    return texts.containsKey(key) ? texts.getString(key) : fallback;
  }
}
