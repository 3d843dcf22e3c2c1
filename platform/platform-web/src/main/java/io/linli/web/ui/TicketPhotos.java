package io.linli.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.StreamResource;
import io.linli.identity.SignedInUser;
import io.linli.ticket.TicketService;
import java.io.ByteArrayInputStream;

/** A ticket's photos, streamed through the session (the browser pages have no bearer token for /api). */
final class TicketPhotos extends Div {

  TicketPhotos(TicketService tickets, SignedInUser user, long ticketId) {
    setId("photos");
    var list = tickets.photos(user, ticketId);
    if (list.isEmpty()) {
      return;
    }
    add(new H3(getTranslation("ticket.photos")));
    for (var photo : list) {
      Image image = new Image(new StreamResource("photo-" + photo.id(), () -> new ByteArrayInputStream(
          tickets.photo(user, ticketId, photo.id()).content())), getTranslation("ticket.photos"));
      image.setHeight("8rem");
      image.getStyle().set("margin", "0 var(--lumo-space-s) var(--lumo-space-s) 0")
          .set("border-radius", "var(--lumo-border-radius-m)").set("max-width", "100%").set("object-fit", "cover");
      add(image);
    }
  }
}
