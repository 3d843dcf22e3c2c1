package io.linli.notice;

import io.linli.community.Household;
import io.linli.people.Resident;
import io.linli.text.RichText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What a notice says when it is sent: in each owner's language (NoticeMessages*.properties). */
final class OwnerTexts {

  static final int SMS_LENGTH = 300;
  private static final String BUNDLE = "io.linli.notice.NoticeMessages";

  private final Notice notice;
  private final String company;
  private final String link;
  private final ResourceBundle messages;

  /** @param company the company's name in the owner's language */
  OwnerTexts(Notice notice, String company, String link, Locale language) {
    this.notice = notice;
    this.company = company;
    this.link = link;
    // no fallback to the JVM's locale: an owner without English gets the Chinese default, whatever the server's
    this.messages = ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String subject() {
    return format("subject", company, notice.title());
  }

  String sms() {
    String text = RichText.plain(notice.body()).replace('\n', ' ');
    String ask = notice.asksAcknowledgement() ? messages.getString("acknowledge") : "";
    String whole = format("sms", company, notice.title(), text, ask);
    if (whole.length() <= SMS_LENGTH) {
      return whole;
    }
    int room = Math.max(0, text.length() - (whole.length() - SMS_LENGTH) - 1);
    return format("sms", company, notice.title(), text.substring(0, room) + "…", ask);
  }

  String email() {
    String ask = notice.asksAcknowledgement() ? messages.getString("acknowledge") + "\n" : "";
    return format("email", company, notice.title(), RichText.plain(notice.body()), ask, link);
  }

  /** The short text of a browser notification. */
  String push() {
    String text = RichText.plain(notice.body()).replace('\n', ' ');
    return text.length() > 120 ? text.substring(0, 119) + "…" : text;
  }

  /** What the steward is asked to do (in Chinese: the console's staff read it). */
  static String phoneTask(Notice notice, Household household, Resident resident) {
    return MessageFormat.format(ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("phone"),
        household.address(Locale.SIMPLIFIED_CHINESE), resident.name(), resident.phone(), notice.title());
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(messages.getString(key), messages.getLocale()).format(arguments);
  }
}
