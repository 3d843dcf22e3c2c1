package com.example.hello;

import io.linli.api.PluginContext;
import io.linli.api.TicketListener;
import io.linli.api.TicketSummary;
import org.pf4j.Extension;

/** Notes each filed ticket. Called after the ticket is stored, off the request's thread. */
@Extension
public class HelloTicketListener implements TicketListener {

  private final Greetings greetings;

  public HelloTicketListener(PluginContext context) {
    greetings = new Greetings(context);
  }

  @Override
  public void ticketFiled(TicketSummary ticket) {
    greetings.notice(ticket.id(), ticket.title());
  }
}
