package io.linli.web.testplugins;

import io.linli.api.PluginContext;
import io.linli.api.TicketListener;
import io.linli.api.TicketSummary;
import org.pf4j.Extension;

/** Comments on every ticket filed: the comment shows which tenants' tickets the plugin was told of. */
@Extension
public class EchoTicketListener implements TicketListener {

  private final PluginContext context;

  public EchoTicketListener(PluginContext context) {
    this.context = context;
  }

  @Override
  public void ticketFiled(TicketSummary ticket) {
    context.tickets().comment(ticket.id(), "echo 收到：" + ticket.title());
  }
}
