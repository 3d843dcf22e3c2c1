package io.linli.notice;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A notice's body, as staff write it in rich text: formatting, paragraphs, lists, tables and links are kept;
 * scripts, event handlers, styles and anything else are dropped (the OWASP Java HTML sanitizer).
 */
final class NoticeText {

  static final int MAX_LENGTH = 20_000;

  private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
      .and(Sanitizers.LINKS).and(new HtmlPolicyBuilder().allowElements("br", "hr").toFactory());

  private NoticeText() {}

  /**
   * @return the safe HTML to store and show
   * @throws IllegalArgumentException when nothing readable is left, or it is too long
   */
  static String sanitize(String html) {
    String safe = POLICY.sanitize(html == null ? "" : html).strip();
    if (safe.replaceAll("<[^>]*>", "").isBlank()) {
      throw new IllegalArgumentException("body: is required (text, not only markup)");
    }
    if (safe.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("body: is at most " + MAX_LENGTH + " characters");
    }
    return safe;
  }
}
