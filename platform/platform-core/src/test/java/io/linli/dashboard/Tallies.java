package io.linli.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;

/** Builders of hand-made tallies: a ticket group with only the counts a test cares about. */
final class Tallies {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
  static final Period NOVEMBER = new Period(FIRST, LocalDate.of(2026, 11, 30), SHANGHAI);

  private long place = 1;
  private String category = "repair";
  private String channel = "PORTAL";
  private LocalDate day = FIRST;
  private long received;
  private long resolved;
  private long firstContact;
  private long rated;
  private long ratingSum;
  private long lowRated;
  private long repeats;
  private ClockCounts response = ClockCounts.NONE;
  private ClockCounts resolution = ClockCounts.NONE;
  private ClockCounts onSite = ClockCounts.NONE;

  static Tallies tickets(long received) {
    Tallies t = new Tallies();
    t.received = received;
    return t;
  }

  Tallies in(long place) {
    this.place = place;
    return this;
  }

  Tallies category(String category) {
    this.category = category;
    return this;
  }

  Tallies by(String channel) {
    this.channel = channel;
    return this;
  }

  Tallies on(LocalDate day) {
    this.day = day;
    return this;
  }

  Tallies resolved(long resolved, long atFirstContact) {
    this.resolved = resolved;
    this.firstContact = atFirstContact;
    return this;
  }

  Tallies rated(int... stars) {
    for (int s : stars) {
      rated++;
      ratingSum += s;
      lowRated += s <= 2 ? 1 : 0;
    }
    return this;
  }

  Tallies repeats(long repeats) {
    this.repeats = repeats;
    return this;
  }

  /** {@code tickets} responded to, taking {@code totalSeconds} together, all on time. */
  Tallies respondedIn(long tickets, long totalSeconds) {
    this.response = new ClockCounts(tickets, tickets, tickets, totalSeconds);
    return this;
  }

  Tallies response(ClockCounts response) {
    this.response = response;
    return this;
  }

  Tallies onSite(ClockCounts onSite) {
    this.onSite = onSite;
    return this;
  }

  Tallies resolution(ClockCounts resolution) {
    this.resolution = resolution;
    return this;
  }

  TicketTally build() {
    return new TicketTally(place, category, channel, day, received, resolved, firstContact, rated, ratingSum,
        lowRated, repeats, response, resolution, onSite, ClockCounts.NONE);
  }

  /** {@code count} stopped response clocks that each took {@code seconds}. */
  static ClockTally took(long count, long seconds) {
    return new ClockTally(ServiceFigures.bucketOf(seconds), count);
  }

  private Tallies() {}
}
