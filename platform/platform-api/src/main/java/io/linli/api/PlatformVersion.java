package io.linli.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The platform's version, as {@code Plugin-Requires} is checked against (SemVer; a plugin written for 1.2 states
 * {@code Plugin-Requires: >=1.2.0 & <2.0.0}). The API follows it: a minor version only adds.
 */
public final class PlatformVersion {

  private static final String CURRENT = read();

  private PlatformVersion() {}

  /** @return e.g. {@code 0.1.0} (a development build's qualifier left off) */
  public static String current() {
    return CURRENT;
  }

  private static String read() {
    try (InputStream in = PlatformVersion.class.getResourceAsStream("platform.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version").replaceFirst("-.*$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
