package io.linli.web.ui;

import com.vaadin.flow.component.Component;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketLocation;
import java.util.Locale;

/** Where a ticket's problem is, in words: 我家（4号楼 1-601） or 楼栋公共区域 · 4号楼 · 3单元电梯厅. */
final class Locations {

  private Locations() {}

  static String describe(Component in, Locale locale, Ticket ticket) {
    TicketLocation location = ticket.location();
    return location.place() == TicketLocation.Place.UNIT
        ? in.getTranslation("location.UNIT.of", ticket.household().address(locale))
        : in.getTranslation("location.COMMON_AREA.of", ticket.building().name().in(locale), location.spot());
  }
}
