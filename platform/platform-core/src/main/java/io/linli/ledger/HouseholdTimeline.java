package io.linli.ledger;

import io.linli.community.Household;
import io.linli.people.Resident;
import io.linli.ticket.Ticket;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A household's page: who lives there, and every contact and ticket on one timeline, newest first. */
public record HouseholdTimeline(Household household, List<Resident> residents, List<Moment> moments) {

  /** One thing on the timeline. */
  public sealed interface Moment {
    Instant at();
  }

  /** Staff were in touch with the household. */
  public record Contacted(LedgerEntry entry) implements Moment {
    @Override
    public Instant at() {
      return entry.occurredAt();
    }
  }

  /** The household asked for something. */
  public record Requested(Ticket ticket) implements Moment {
    @Override
    public Instant at() {
      return ticket.createdAt();
    }
  }

  static HouseholdTimeline of(Household household, List<Resident> residents, List<LedgerEntry> entries,
      List<Ticket> tickets) {
    List<Moment> moments = Stream.concat(
            entries.stream().map(Contacted::new),
            tickets.stream().map(Requested::new))
        .sorted(Comparator.comparing(Moment::at).reversed())
        .map(Moment.class::cast)
        .toList();
    return new HouseholdTimeline(household, residents, moments);
  }
}
