package io.linli.web.ui;

import com.vaadin.flow.component.html.Span;
import io.linli.api.Metric.Signal;

/** A red/yellow/green signal as the console shows it: in words and colour both, never colour alone. */
final class SignalBadge {

  private SignalBadge() {}

  /** @param words the signal in words, e.g. 红灯 */
  static Span of(Signal signal, String words) {
    Span badge = new Span(words);
    badge.addClassName("alert-signal");
    badge.getElement().setAttribute("data-signal", signal.name());
    badge.getElement().getThemeList().add(switch (signal) {
      case RED -> "badge error primary";
      case GREEN -> "badge success";
      case YELLOW, NONE -> "badge contrast";
    });
    if (signal == Signal.YELLOW) {
      badge.getStyle().set("background", "#f5c518").set("color", "#3d2e00");
    }
    badge.getStyle().set("flex", "none");
    return badge;
  }

  static String colour(Signal signal) {
    return switch (signal) {
      case GREEN -> "var(--lumo-success-color)";
      case YELLOW -> "#e0a800";
      case RED -> "var(--lumo-error-color)";
      case NONE -> "var(--lumo-contrast-30pct)";
    };
  }
}
