package io.linli.survey;

import java.util.Locale;
import java.util.ResourceBundle;

/** The plugin's own texts: Chinese, and English for an English locale. */
final class SurveyTexts {

  private SurveyTexts() {}

  static ResourceBundle of(Locale locale) {
    Locale chosen = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    // no fall-back to the server's default locale: Chinese is the base bundle
    return ResourceBundle.getBundle("io.linli.survey.texts", chosen, SurveyTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
