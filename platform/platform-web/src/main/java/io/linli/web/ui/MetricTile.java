package io.linli.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.linli.api.Metric;
import java.util.Locale;

/** A dashboard figure: its name, value and unit, edged in its signal's colour. */
final class MetricTile {

  private MetricTile() {}

  static Div of(Metric metric, Locale locale) {
    return of(metric.label().in(locale), metric.value() + metric.unit(), metric.signal());
  }

  /** A figure of ours: {@code value} already formatted with its unit. */
  static Div of(String name, String shown, Metric.Signal signal) {
    Span label = new Span(name);
    label.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-s)");
    Span value = new Span(shown);
    value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
    Div tile = new Div(label, value);
    tile.addClassName("linli-metric");
    tile.getElement().setAttribute("data-signal", signal.name());
    tile.getStyle().set("padding", "var(--lumo-space-m)").set("min-width", "10rem")
        .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)")
        .set("border-top", "4px solid " + colour(signal));
    return tile;
  }

  private static String colour(Metric.Signal signal) {
    return switch (signal) {
      case GREEN -> "var(--lumo-success-color)";
      case YELLOW -> "#e0a800";
      case RED -> "var(--lumo-error-color)";
      case NONE -> "var(--lumo-contrast-30pct)";
    };
  }
}
