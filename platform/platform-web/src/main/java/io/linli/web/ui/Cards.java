package io.linli.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A small card: a title line and a secondary line, as the home screens list things. */
final class Cards {

  private Cards() {}

  /** @return a card whose title is a link within the app (no page load); {@code id} may be null */
  static Div link(String id, String route, String title, String detail) {
    Anchor link = new Anchor(route, title);
    if (id != null) {
      link.setId(id);
    }
    link.getElement().setAttribute("router-link", true);
    return card(new Span(link), new Span(detail));
  }

  static Div card(Span title, Span detail) {
    title.getStyle().set("font-weight", "600").set("display", "block");
    detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    Div card = new Div(title, detail);
    card.addClassName("linli-card");
    card.getStyle().set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)")
        .set("border-left", "4px solid var(--lumo-primary-color)").set("max-width", "40rem");
    return card;
  }
}
