package io.linli.notice;

import static io.linli.notice.NoticeTestData.aNotice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OwnerTextsTest {

  private static final String LINK = "https://linli.example/portal/notices";

  @Test
  void an_sms_names_the_company_and_asks_for_the_acknowledgement_of_a_critical_notice() {
    var texts = new OwnerTexts(aNotice().critical().build(), "华苑物业", LINK, Locale.SIMPLIFIED_CHINESE);
    assertThat(texts.sms()).isEqualTo("【华苑物业】停水通知：明天 9:00–12:00 停水，请提前储水。请在业主服务中点击“已知晓”确认。");
  }

  @Test
  void an_owner_who_reads_english_gets_the_frame_in_english() {
    var texts = new OwnerTexts(aNotice().build(), "Huayuan Property", LINK, Locale.ENGLISH);
    assertThat(texts.subject()).isEqualTo("[Huayuan Property] 停水通知");
    assertThat(texts.email()).startsWith("Hello,").contains("Read it here: " + LINK);
  }

  @Test
  void chinese_is_the_default_whatever_the_servers_language() {
    Locale server = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      var texts = new OwnerTexts(aNotice().build(), "华苑物业", LINK, Locale.forLanguageTag("zh-CN"));
      assertThat(texts.subject()).isEqualTo("【华苑物业】停水通知");
    } finally {
      Locale.setDefault(server);
    }
  }

  @Test
  void a_long_notice_is_cut_to_fit_one_text_message() {
    var texts = new OwnerTexts(aNotice().saying("<p>" + "停水".repeat(400) + "</p>").critical().build(), "华苑物业",
        LINK, Locale.SIMPLIFIED_CHINESE);
    assertThat(texts.sms()).hasSizeLessThanOrEqualTo(OwnerTexts.SMS_LENGTH).contains("…").endsWith("确认。");
  }
}
