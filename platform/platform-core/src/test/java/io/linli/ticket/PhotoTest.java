package io.linli.ticket;

import static io.linli.ticket.TicketTestData.AGENT_ACTOR;
import static io.linli.ticket.TicketTestData.FILED;
import static io.linli.ticket.TicketTestData.filed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PhotoTest {

  private static final byte[] JPEG = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
  private static final byte[] WEBP = Arrays.copyOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 64);

  @Test
  void an_image_is_known_by_its_own_first_bytes() {
    assertThat(Photo.of(JPEG)).contains(Photo.JPEG);
    assertThat(Photo.of(WEBP)).contains(Photo.WEBP);
  }

  @Test
  void text_or_another_riff_file_is_not_a_photo() {
    assertThat(Photo.of("墙面开裂的照片".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(Photo.of(Arrays.copyOf("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII), 64))).isEmpty();
  }

  @Test
  void a_png_is_its_signature_and_then_its_header_chunk_not_a_page_behind_the_signature() {
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    byte[] png = Arrays.copyOf(signature, 64);
    System.arraycopy(new byte[] {0, 0, 0, 13, 'I', 'H', 'D', 'R'}, 0, png, 8, 8);
    byte[] page = Arrays.copyOf(signature, 64);
    byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(html, 0, page, 8, html.length);

    assertThat(Photo.of(png)).contains(Photo.PNG);
    assertThat(Photo.of(page)).isEmpty();
  }

  @Test
  void a_seventh_photo_is_one_too_many() {
    assertThatThrownBy(() -> filed("repair").attach(JPEG, Photo.MAX_PER_TICKET, AGENT_ACTOR, Channel.APP, FILED))
        .isInstanceOfSatisfying(PhotoRejected.class,
            e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.TOO_MANY));
  }

  @Test
  void attaching_a_photo_is_on_the_timeline() {
    Ticket ticket = filed("repair");
    ticket.attach(JPEG, 0, AGENT_ACTOR, Channel.APP, FILED.plusSeconds(5));

    assertThat(ticket.drainEvents()).extracting(TicketEvent::action).containsExactly(TicketAction.ATTACH);
  }
}
