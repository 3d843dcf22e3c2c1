package io.linli.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A name in Chinese (always present, shown by default) and English (falls back to the Chinese). */
@Embeddable
public class LocalizedName {

  @Column(name = "name_zh", length = 100, nullable = false)
  private String zh;

  @Column(name = "name_en", length = 100, nullable = false)
  private String en;

  protected LocalizedName() {}

  public LocalizedName(String zh, String en) {
    this.zh = Objects.requireNonNull(zh, "zh");
    this.en = en == null || en.isBlank() ? zh : en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  /** @return the name for a locale: English for any English locale, Chinese otherwise */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedName other && zh.equals(other.zh) && en.equals(other.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zh, en);
  }

  @Override
  public String toString() {
    return zh;
  }
}
