package io.linli.web.testplugins;

import io.linli.api.TicketListener;
import io.linli.api.TicketSummary;
import org.pf4j.Extension;

/** A plugin with a bug: it throws on every ticket. */
@Extension
public class FailingTicketListener implements TicketListener {

  @Override
  public void ticketFiled(TicketSummary ticket) {
    throw new IllegalStateException("failing plugin: deliberately broken");
  }
}
