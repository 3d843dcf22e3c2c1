package io.linli.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.api.QuietHours;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ContactPreferencesTest {

  @Test
  void an_owner_who_set_nothing_is_reached_in_the_portal_by_push_sms_call_and_plugins_outside_the_night() {
    ContactPreferences defaults = ContactPreferences.defaults(null);
    assertThat(defaults.channels()).containsExactlyInAnyOrder(DeliveryChannel.PORTAL, DeliveryChannel.WEB_PUSH,
        DeliveryChannel.SMS, DeliveryChannel.PHONE, DeliveryChannel.PLUGIN);
    assertThat(defaults.quietHours()).isEqualTo(QuietHours.DEFAULT);
    assertThat(defaults.language()).isEqualTo("zh-CN");
  }

  @Test
  void the_portal_stays_whatever_the_owner_chooses() {
    ContactPreferences preferences = ContactPreferences.defaults(null);
    preferences.change(EnumSet.of(DeliveryChannel.SMS), null, null, "en");
    assertThat(preferences.channels()).containsExactlyInAnyOrder(DeliveryChannel.PORTAL, DeliveryChannel.SMS);
    assertThat(preferences.hasQuietHours()).isFalse();
  }

  @Test
  void e_mail_needs_an_address_that_is_one() {
    ContactPreferences preferences = ContactPreferences.defaults(null);
    assertThatThrownBy(() -> preferences.change(EnumSet.of(DeliveryChannel.EMAIL), "", null, "zh-CN"))
        .hasMessageStartingWith("email:");
    assertThatThrownBy(() -> preferences.change(EnumSet.noneOf(DeliveryChannel.class), "not-mail", null, "zh-CN"))
        .hasMessageStartingWith("email:");
  }

  @Test
  void only_chinese_and_english_are_offered() {
    assertThatThrownBy(() -> ContactPreferences.defaults(null).change(EnumSet.noneOf(DeliveryChannel.class), null,
        null, "fr")).hasMessageStartingWith("language:");
  }
}
