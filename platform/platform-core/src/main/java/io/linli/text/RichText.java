package io.linli.text;

import org.apache.commons.text.StringEscapeUtils;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text as staff write it (a notice, an FAQ answer): formatting, paragraphs, lists, tables and links are kept;
 * scripts, event handlers, styles and anything else are dropped (the OWASP Java HTML sanitizer).
 */
public final class RichText {

  public static final int MAX_LENGTH = 20_000;

  private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
      .and(Sanitizers.LINKS).and(new HtmlPolicyBuilder().allowElements("br", "hr").toFactory());

  private RichText() {}

  /**
   * @return the safe HTML to store and show
   * @throws IllegalArgumentException when nothing readable is left, or it is too long
   */
  public static String sanitize(String html) {
    String safe = POLICY.sanitize(html == null ? "" : html).strip();
    if (safe.replaceAll("<[^>]*>", "").isBlank()) {
      throw new IllegalArgumentException("body: is required (text, not only markup)");
    }
    if (safe.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("body: is at most " + MAX_LENGTH + " characters");
    }
    return safe;
  }

  /**
   * @return the text of sanitised HTML, for a text message or a plain e-mail: block ends become line breaks,
   *     markup goes, entities (named and numeric: the sanitiser writes ，as &amp;#xff0c;) are decoded, runs of blank
   *     lines are one
   */
  public static String plain(String safeHtml) {
    String text = safeHtml.replaceAll("(?i)<br\\s*/?>|</(p|div|li|tr|td|h[1-6])>", "\n").replaceAll("<[^>]*>", "");
    return StringEscapeUtils.unescapeHtml4(text).replaceAll("[ \\t]*\n\\s*\n+", "\n").strip();
  }
}
