package io.linli.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * URL query parameters read as the console and the REST API take them: the first value, trimmed, blank as none;
 * a value of the wrong kind is an {@code IllegalArgumentException} naming the parameter (a 400 over REST).
 */
public record QueryParameters(Map<String, List<String>> values) {

  public String text(String name) {
    List<String> given = values.get(name);
    return given == null || given.isEmpty() || given.get(0).isBlank() ? null : given.get(0).trim();
  }

  public boolean flag(String name) {
    String value = text(name);
    if (value != null && !value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(name + ": must be true or false");
    }
    return "true".equals(value);
  }

  public Long id(String name) {
    String value = text(name);
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": must be an id");
    }
  }

  public LocalDate day(String name) {
    String value = text(name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": must be a day as 2026-11-30");
    }
  }
}
