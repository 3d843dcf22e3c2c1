package io.linli.web;

import io.linli.identity.SignedInUser;
import io.linli.spreadsheet.SheetWriter;
import io.linli.tenancy.Tenant;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketQuery;
import io.linli.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tickets a person may see that match a filter, as an Excel sheet. Read a page at a time (each its own
 * transaction) and streamed out, so the memory used stays flat however many rows there are.
 */
@ApplicationScoped
public class TicketSheets {

  private static final String[] COLUMNS = {"id", "received", "category", "channel", "status", "project", "building",
      "unit", "title", "assignee", "rating"};
  private static final int[] WIDTHS = {10, 18, 12, 10, 10, 16, 12, 10, 40, 12, 8};

  @Inject TicketService tickets;
  @Inject Clock clock;

  public void write(SignedInUser user, TicketQuery.Filter filter, Locale locale, OutputStream out) throws IOException {
    ResourceBundle texts = Translations.of(locale);
    try (SheetWriter sheet = new SheetWriter(texts.getString("tickets.title"),
        Arrays.stream(COLUMNS).map(c -> texts.getString("tickets.sheet." + c)).toList(), WIDTHS, Tenant.ZONE)) {
      Long before = null;
      List<Ticket> page;
      do {
        page = tickets.queue(user, new TicketQuery(filter, before, TicketQuery.MAX_LIMIT, clock.instant()));
        for (Ticket t : page) {
          sheet.add(Arrays.asList(t.id(), t.createdAt(), Translations.word(texts, "category." + t.category(), t.category()),
              texts.getString("channel." + t.channel().name()), texts.getString("status." + t.status().name()),
              t.project().name().in(locale), t.building().name().in(locale), t.household().unit(), t.title(),
              t.assignee() == null ? null : t.assignee().displayName(), t.rating()));
        }
        before = page.isEmpty() ? null : page.get(page.size() - 1).id();
      } while (page.size() == TicketQuery.MAX_LIMIT);
      sheet.writeTo(out);
    }
  }
}
