package io.linli.ledger;

import io.linli.audit.AuditLog;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.people.PeopleRepository;
import io.linli.people.StaffMember;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantEntityManager;
import io.linli.ticket.TicketService;
import io.linli.ticket.TicketVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/** Records contacts with households and shows them, to the staff who work in the household's place. */
@ApplicationScoped
@Transactional
public class LedgerService {

  /** Property companies keep their ledgers by China's calendar days. */
  public static final ZoneId ZONE = Tenant.ZONE;

  private static final int EXPORT_PAGE = 500;

  @Inject LedgerRepository ledger;
  @Inject AuditLog audit;
  @Inject CommunityRepository community;
  @Inject PeopleRepository people;
  @Inject TicketService tickets;
  @Inject TenantEntityManager entityManagers;
  @Inject Clock clock;

  /**
   * Records a contact with a household the person works with.
   *
   * @throws NoSuchElementException when the household is not one the staff member may see
   * @throws IllegalArgumentException naming the field, when the contact is incomplete or inconsistent
   */
  public LedgerEntry record(SignedInUser user, long householdId, LedgerEntry.Contact contact) {
    Household household = visibleHousehold(user, householdId);
    StaffMember recorder = people.staff(user.accountId()).orElseThrow();
    LedgerEntry entry = LedgerEntry.record(household, contact, recorder, ZONE, clock.instant());
    ledger.store(entry);
    audit.record("ledger.record", "household", householdId, String.valueOf(contact.kind()));
    entry.recordedBy().displayName();
    return entry;
  }

  /** @return the household's residents, contacts and tickets, for its page */
  public HouseholdTimeline timeline(SignedInUser user, long householdId) {
    Household household = visibleHousehold(user, householdId);
    household.building().project().name();
    List<LedgerEntry> entries = ledger.of(household);
    return HouseholdTimeline.of(household, people.residents(household), entries,
        tickets.ofHousehold(user, household));
  }

  /** Which entries an export holds: a period of calendar days, optionally one project or one household. */
  public record Period(LocalDate from, LocalDate to, Long projectId, Long householdId) {
    public Period {
      if (from == null || to == null) {
        throw new IllegalArgumentException("from, to: a period needs both days");
      }
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("to: is before from");
      }
    }
  }

  /**
   * Writes the entries of the period that the person may see as an Excel workbook, oldest first.
   *
   * @throws NoSuchElementException when a named household or project is not one the person may see
   */
  public void export(SignedInUser user, Period period, Locale locale, OutputStream out) throws IOException {
    TicketVisibility visibility = staffVisibility(user);
    Long projectId = period.projectId();
    if (period.householdId() != null) {
      visibleHousehold(user, period.householdId());
    }
    if (projectId != null && !visibility.all() && !visibility.projectIds().contains(projectId)
        && community.buildings().stream().noneMatch(b -> b.project().id().equals(projectId)
            && visibility.buildingIds().contains(b.id()))) {
      throw new NoSuchElementException("project " + projectId);
    }
    Instant from = period.from().atStartOfDay(ZONE).toInstant();
    Instant to = period.to().plusDays(1).atStartOfDay(ZONE).toInstant();
    try (LedgerWorkbook workbook = new LedgerWorkbook(locale, ZONE)) {
      LedgerEntry last = null;
      List<LedgerEntry> page;
      do {
        page = ledger.page(visibility, period, from, to, last, EXPORT_PAGE);
        page.forEach(workbook::add);
        last = page.isEmpty() ? null : page.get(page.size() - 1);
        entityManagers.current().clear(); // rows already written need not stay in memory
      } while (page.size() == EXPORT_PAGE);
      workbook.writeTo(out);
    }
  }

  private Household visibleHousehold(SignedInUser user, long householdId) {
    TicketVisibility visibility = staffVisibility(user);
    return community.find(Household.class, householdId)
        .filter(h -> visibility.includesPlace(h.building().project().id(), h.building().id()))
        .orElseThrow(() -> new NoSuchElementException("household " + householdId));
  }

  private TicketVisibility staffVisibility(SignedInUser user) {
    if (user.kind() != AccountKind.STAFF) {
      throw new NoSuchElementException("the ledger is kept by staff");
    }
    return tickets.visibilityOf(user);
  }
}
