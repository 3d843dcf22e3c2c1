package io.linli.replyscript;

import io.linli.identity.SignedInUser;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantRepository;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Offers an agent the scripts that fit a ticket, filled in from it. */
@ApplicationScoped
@Transactional
public class ReplyScriptService {

  private static final DateTimeFormatter DEADLINE =
      DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(Tenant.ZONE);

  @Inject ReplyScriptRepository scripts;
  @Inject TicketService tickets;
  @Inject TenantRepository tenants;

  /** A script ready to insert. */
  public record Rendered(String code, String title, String text) {}

  /**
   * @throws java.util.NoSuchElementException when the ticket is not one the person may see
   */
  public List<Rendered> forTicket(SignedInUser user, long ticketId) {
    Ticket ticket = tickets.ticket(user, ticketId).orElseThrow();
    Map<String, String> variables = variables(user, ticket);
    return scripts.forCategory(ticket.category()).stream()
        .map(s -> new Rendered(s.code(), s.title(), s.render(variables)))
        .toList();
  }

  /** The variables a script may use: ${owner} ${company} ${agent} ${project} ${building} ${unit} ${ticket} ${title} ${deadline}. */
  private Map<String, String> variables(SignedInUser user, Ticket ticket) {
    Map<String, String> variables = new HashMap<>();
    variables.put("owner", ticket.reporter() == null ? "业主" : ticket.reporter().name());
    variables.put("company", tenants.find(user.tenant()).map(t -> t.name().zh()).orElse(""));
    variables.put("agent", user.displayName());
    variables.put("project", ticket.project().name().zh());
    variables.put("building", ticket.building().name().zh());
    variables.put("unit", ticket.household().unit());
    variables.put("ticket", "#" + ticket.id());
    variables.put("title", ticket.title());
    variables.put("deadline", ticket.nextDeadline().map(c -> DEADLINE.format(c.dueAt())).orElse("尽快"));
    return variables;
  }
}
