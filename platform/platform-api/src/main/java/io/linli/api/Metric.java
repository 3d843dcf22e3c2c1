package io.linli.api;

import java.util.Objects;

/**
 * A figure shown on the company's dashboard.
 *
 * @param key unique within the plugin, e.g. {@code satisfaction}
 * @param value the figure, already rounded as it should be shown
 * @param unit e.g. {@code %} or {@code /5}; empty for none
 * @param signal how it stands against the company's goal
 */
public record Metric(String key, Label label, String value, String unit, Signal signal) {

  /** Green: on target; yellow: watch it; red: act; none: a figure without a goal. */
  public enum Signal { GREEN, YELLOW, RED, NONE }

  public Metric {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(signal, "signal");
  }
}
