package io.linli.notification;

import io.linli.api.QuietHours;
import io.linli.people.Resident;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an owner wants to be reached: the channels besides the portal, an e-mail address, quiet hours (免打扰时段) and
 * the language of what is sent. Until an owner says otherwise: portal, web push, SMS, a steward's call and the
 * company's plugin channels, 22:00–08:00, Chinese.
 */
@Entity
@Table(name = "contact_preference")
public class ContactPreferences extends TenantOwned {

  static final Set<DeliveryChannel> DEFAULT_CHANNELS =
      EnumSet.of(DeliveryChannel.PORTAL, DeliveryChannel.WEB_PUSH, DeliveryChannel.SMS, DeliveryChannel.PHONE,
          DeliveryChannel.PLUGIN);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resident_id")
  private Resident resident;

  @Column(name = "channels", length = 60, nullable = false)
  private String channels;

  @Column(name = "email", length = 120)
  private String email;

  @Column(name = "quiet_start")
  private LocalTime quietStart;

  @Column(name = "quiet_end")
  private LocalTime quietEnd;

  @Column(name = "language", length = 10, nullable = false)
  private String language;

  protected ContactPreferences() {}

  /** @return the defaults for an owner who has not set any (not stored until changed) */
  public static ContactPreferences defaults(Resident resident) {
    ContactPreferences preferences = new ContactPreferences();
    preferences.resident = resident;
    preferences.channels = DeliveryChannel.format(DEFAULT_CHANNELS);
    preferences.quietStart = QuietHours.DEFAULT.start();
    preferences.quietEnd = QuietHours.DEFAULT.end();
    preferences.language = "zh-CN";
    return preferences;
  }

  /**
   * @param channels the portal is always among them
   * @param quietHours null for none
   * @throws IllegalArgumentException naming the field: a malformed address, e-mail chosen without one, a language
   *     other than zh-CN or en
   */
  public void change(Set<DeliveryChannel> channels, String email, QuietHours quietHours, String language) {
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null && (address.length() > 120 || !EMAIL.matcher(address).matches())) {
      throw new IllegalArgumentException("email: is not an e-mail address");
    }
    if (channels.contains(DeliveryChannel.EMAIL) && address == null) {
      throw new IllegalArgumentException("email: is required to be reached by e-mail");
    }
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language: must be zh-CN or en");
    }
    Set<DeliveryChannel> chosen = EnumSet.of(DeliveryChannel.PORTAL);
    chosen.addAll(channels);
    this.channels = DeliveryChannel.format(chosen);
    this.email = address;
    this.quietStart = quietHours == null ? null : quietHours.start();
    this.quietEnd = quietHours == null ? null : quietHours.end();
    this.language = language;
  }

  public Resident resident() {
    return resident;
  }

  public Set<DeliveryChannel> channels() {
    return DeliveryChannel.parse(channels);
  }

  public boolean accepts(DeliveryChannel channel) {
    return channels().contains(channel);
  }

  public String email() {
    return email;
  }

  /** @return the owner's quiet hours, or none ({@code start == end}) */
  public QuietHours quietHours() {
    return quietStart == null ? new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        : new QuietHours(quietStart, quietEnd);
  }

  /** @return whether the owner has quiet hours at all */
  public boolean hasQuietHours() {
    return quietStart != null && !quietStart.equals(quietEnd);
  }

  public String language() {
    return language;
  }

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }
}
