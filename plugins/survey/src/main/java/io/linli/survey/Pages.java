package io.linli.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The look the survey pages share with the platform's: cards and score bars. */
final class Pages {

  private Pages() {}

  static Div card(Component... content) {
    Div card = new Div(content);
    card.addClassName("linli-card");
    card.getStyle().set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)")
        .set("border-left", "4px solid var(--lumo-primary-color)").set("display", "flex")
        .set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("align-items", "center");
    return card;
  }

  /** A labelled horizontal bar, {@code value} of {@code max} long. */
  static Div bar(String label, Double value, double max, String shown) {
    Span name = new Span(label);
    name.getStyle().set("min-width", "7rem").set("display", "inline-block");
    Div fill = new Div();
    double share = value == null ? 0 : Math.max(0, Math.min(1, value / max));
    fill.getStyle().set("width", Math.round(share * 100) + "%").set("height", "100%")
        .set("background", "var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-s)");
    Div track = new Div(fill);
    track.getStyle().set("flex", "1").set("height", "0.9rem").set("background", "var(--lumo-contrast-10pct)")
        .set("border-radius", "var(--lumo-border-radius-s)").set("max-width", "24rem");
    Span figure = new Span(shown);
    figure.getStyle().set("min-width", "4rem").set("text-align", "right");
    Div row = new Div(name, track, figure);
    row.addClassName("survey-bar");
    row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
        .set("margin", "var(--lumo-space-xs) 0");
    return row;
  }
}
