package io.linli.ticket;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a photo upload may be: JPEG, PNG or WebP, told by the file's own first bytes (a declared type alone can lie),
 * and at most {@value #MAX_BYTES} bytes; a ticket holds at most {@value #MAX_PER_TICKET}.
 */
public enum Photo {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  WEBP("image/webp", new byte[] {'R', 'I', 'F', 'F'});

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_PER_TICKET = 6;

  private final String mediaType;
  private final byte[] signature;

  Photo(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  /** @return the kind of image the bytes are, if they are one we accept */
  public static Optional<Photo> of(byte[] content) {
    return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
  }

  private boolean matches(byte[] content) {
    if (content.length < 16 || !Arrays.equals(content, 0, signature.length, signature, 0, signature.length)) {
      return false;
    }
    return switch (this) {
      case JPEG -> true;
      case PNG -> ascii(content, 12).equals("IHDR"); // every PNG's first chunk: not a page behind a PNG signature
      case WEBP -> ascii(content, 8).equals("WEBP");
    };
  }

  private static String ascii(byte[] content, int at) {
    return new String(content, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
  }
}
