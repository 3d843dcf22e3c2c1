package io.linli.onboarding;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a row did not go in: its row number as Excel shows it, the column, and the reason with what it names.
 *
 * @param column null for a reason of the whole row (it could not be saved)
 * @param arguments what the reason's text names (another row's number, the name found there …)
 */
public record RowError(int row, ImportColumn column, Reason reason, List<String> arguments) {

  /** The reasons; their words are in ImportMessages*.properties. */
  public enum Reason {
    REQUIRED, TOO_LONG, PHONE, AREA, RELATION, RESIDENT_INCOMPLETE, INCONSISTENT, PHONE_TAKEN, DUPLICATE, NOT_SAVED
  }

  private static final String BUNDLE = "io.linli.onboarding.ImportMessages";

  public RowError {
    arguments = List.copyOf(arguments);
  }

  static RowError of(int row, ImportColumn column, Reason reason, Object... arguments) {
    return new RowError(row, column, reason, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }

  /** @return the column's header in the language; empty for a reason of the whole row */
  public String columnHeader(Locale locale) {
    return column == null ? "" : column.header(locale);
  }

  /** @return the reason in the language (Chinese unless English is asked for) */
  public String reason(Locale locale) {
    Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] args = arguments.toArray();
    if (reason == Reason.INCONSISTENT) { // the column whose value differs, and the column of the code
      args[0] = ImportColumn.valueOf(arguments.get(0)).header(locale);
      args[3] = ImportColumn.valueOf(arguments.get(3)).header(locale);
    }
    MessageFormat format = new MessageFormat(messages.getString(reason.name()), language);
    return format.format(args);
  }
}
