package io.linli.ledger;

import java.util.Locale;
import java.util.ResourceBundle;

/** The ledger's words in Chinese (the default) and English, for the exported sheet and the console alike. */
public final class LedgerTexts {

  private static final String BUNDLE = "io.linli.ledger.ledger";

  private LedgerTexts() {}

  static ResourceBundle of(Locale locale) {
    Locale wanted = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, wanted,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** @return how the kind of contact is called in the language */
  public static String kind(ContactKind kind, Locale locale) {
    return kind(of(locale), kind);
  }

  static String kind(ResourceBundle texts, ContactKind kind) {
    return texts.getString("kind." + kind.name());
  }
}
