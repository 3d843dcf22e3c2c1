package io.linli.plugin;

import io.linli.api.ResidentSummary;
import io.linli.api.Role;
import io.linli.api.TicketSummary;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.notification.NotificationService;
import io.linli.people.PeopleRepository;
import io.linli.people.Resident;
import io.linli.spreadsheet.SheetWriter;
import io.linli.tenancy.Tenant;
import io.linli.ticket.Actor;
import io.linli.ticket.Channel;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The platform's side of {@link HostedPluginContext}: reads and writes for the bound tenant, each in a transaction. */
@ApplicationScoped
@Transactional
public class PluginServices {

  @Inject TicketRepository tickets;
  @Inject PeopleRepository people;
  @Inject CommunityRepository community;
  @Inject NotificationService notifications;
  @Inject Clock clock;

  Clock clock() {
    return clock;
  }

  public Optional<TicketSummary> ticket(long id) {
    return tickets.find(id).map(Ticket::summary);
  }

  public void comment(String pluginId, long ticketId, String text) {
    Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new NoSuchElementException("ticket " + ticketId));
    ticket.comment(text, Actor.plugin(pluginId), Channel.PORTAL, clock.instant());
    tickets.store(ticket);
  }

  /** Notifies the staff of the role who look after the ticket's building, as from the plugin. */
  public void notifyStaffOf(String pluginId, long ticketId, Role role, String text, String link) {
    Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new NoSuchElementException("ticket " + ticketId));
    notifications.notify(people.staffAssignedTo(role, ticket.building()), "PLUGIN_" + pluginId.toUpperCase(),
        text, link, clock.instant());
  }

  public Optional<ResidentSummary> resident(long id) {
    return people.resident(id).map(PluginServices::summary);
  }

  public List<ResidentSummary> residentsOf(long householdId) {
    return community.find(Household.class, householdId)
        .map(h -> people.residents(h).stream().map(PluginServices::summary).toList())
        .orElse(List.of());
  }

  /** No transaction: nothing is read. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] workbook(String sheetName, List<String> header, List<List<Object>> rows) {
    try (SheetWriter sheet = new SheetWriter(sheetName, header, new int[0], Tenant.ZONE)) {
      rows.forEach(sheet::add);
      return sheet.toBytes();
    }
  }

  static ResidentSummary summary(Resident r) {
    return new ResidentSummary(r.id(), r.name(), r.household() == null ? null : r.household().id(),
        r.relation().name());
  }
}
