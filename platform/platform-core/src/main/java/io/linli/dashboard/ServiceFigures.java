package io.linli.dashboard;

import io.linli.sla.ClockKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The figures of one place over a period, computed from tallies (plain Java, so each formula is tested without a
 * database). Every share keeps its counts: an empty period shows "no figure", not 0 %.
 *
 * @param resolution resolved of received
 * @param firstContact resolved at first contact of resolved (一次解决率)
 * @param lowRatings 1–2 star ratings of ratings (差评率)
 * @param repeats repeat complaints of received (重复投诉率)
 * @param acknowledgement critical notices' households that said 已知晓, of those asked
 * @param deflection FAQ searches that ended in "这解决了我的问题" (the company's, whatever the place)
 */
public record ServiceFigures(long received, Map<String, Long> byCategory, Map<String, Long> byChannel,
    Map<ClockKind, ClockFigures> clocks, Ratio resolution, Ratio firstContact, OptionalDouble averageRating,
    Ratio lowRatings, Ratio repeats, long complaints, Reach reach, Ratio acknowledgement, Ratio deflection,
    List<Day> days) {

  /** The category complaints are filed under. */
  public static final String COMPLAINT = "complaint";
  /** Staffing standards: households one customer-service agent and one building steward serve at most. */
  public static final int HOUSEHOLDS_PER_AGENT = 500;
  public static final int HOUSEHOLDS_PER_STEWARD = 200;

  /** One day's figures, for the trend charts. */
  public record Day(LocalDate day, long received, long complaints, OptionalDouble averageResponseMinutes) {}

  /**
   * @param responseTimes the distribution of the area's response times, for its 90th percentile; empty for a place
   *     below the area
   */
  public static ServiceFigures of(Period period, Collection<TicketTally> tickets,
      Collection<ClockTally> responseTimes, Reach reach, Ratio acknowledgement, Ratio deflection) {
    long received = sum(tickets, TicketTally::received);
    long rated = sum(tickets, TicketTally::rated);
    long complaints = tickets.stream().filter(t -> COMPLAINT.equals(t.category()))
        .mapToLong(TicketTally::received).sum();
    return new ServiceFigures(received, counted(tickets, TicketTally::category),
        counted(tickets, TicketTally::channel), clockFigures(tickets, responseTimes),
        new Ratio(sum(tickets, TicketTally::resolved), received),
        new Ratio(sum(tickets, TicketTally::resolvedAtFirstContact), sum(tickets, TicketTally::resolved)),
        rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum(tickets, TicketTally::ratingSum) / rated),
        new Ratio(sum(tickets, TicketTally::lowRated), rated), new Ratio(sum(tickets, TicketTally::repeats), received),
        complaints, reach, acknowledgement, deflection, days(period, tickets));
  }

  /** The figures of the tallies of one place below the area. */
  public static ServiceFigures ofPlace(long placeId, Period period, Collection<TicketTally> tickets, Reach reach,
      Ratio acknowledgement) {
    return of(period, only(tickets, t -> t.placeId() == placeId), List.of(), reach, acknowledgement, Ratio.NONE);
  }

  /** Complaints per 1,000 households (千户投诉量); empty for a place without households. */
  public OptionalDouble complaintsPerThousandHouseholds() {
    return reach.households() == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(complaints * 1000.0 / reach.households());
  }

  /** Households per agent, against {@link #HOUSEHOLDS_PER_AGENT}; empty when nobody is assigned. */
  public OptionalDouble householdsPerAgent() {
    return reach.agents() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) reach.households() / reach.agents());
  }

  public OptionalDouble householdsPerSteward() {
    return reach.stewards() == 0 ? OptionalDouble.empty()
        : OptionalDouble.of((double) reach.households() / reach.stewards());
  }

  /** @return whether the place has the agents and stewards its households need; false when it has none */
  public boolean staffedToStandard() {
    return reach.households() <= (long) reach.agents() * HOUSEHOLDS_PER_AGENT
        && reach.households() <= (long) reach.stewards() * HOUSEHOLDS_PER_STEWARD;
  }

  /**
   * The group a time taken falls in, by its upper bound in minutes: to the minute below two hours, to ten minutes
   * below two days, to the hour beyond — fine where clocks are short, few groups where they are long. The SQL of
   * {@link DashboardQueries} computes the same.
   */
  public static long bucketOf(long seconds) {
    if (seconds < 7_200) {
      return seconds / 60 + 1;
    }
    if (seconds < 172_800) {
      return (seconds / 600 + 1) * 10;
    }
    return (seconds / 3_600 + 1) * 60;
  }

  private static Map<ClockKind, ClockFigures> clockFigures(Collection<TicketTally> tickets,
      Collection<ClockTally> responseTimes) {
    Map<ClockKind, ClockFigures> figures = new EnumMap<>(ClockKind.class);
    for (ClockKind kind : ClockKind.values()) {
      ClockCounts counts = tickets.stream().map(t -> t.clock(kind)).reduce(ClockCounts.NONE, ClockCounts::plus);
      if (counts.judged() > 0) {
        figures.put(kind, figures(counts,
            kind == ClockKind.RESPONSE ? percentile90(responseTimes) : OptionalLong.empty()));
      }
    }
    return figures;
  }

  private static ClockFigures figures(ClockCounts counts, OptionalLong p90) {
    OptionalDouble average = counts.stopped() == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(counts.seconds() / 60.0 / counts.stopped());
    return new ClockFigures(average, p90, new Ratio(counts.onTime(), counts.judged()));
  }

  private static OptionalLong percentile90(Collection<ClockTally> times) {
    long count = sum(times, ClockTally::clocks);
    Map<Long, Long> byBucket = times.stream().collect(
        Collectors.groupingBy(ClockTally::upToMinutes, TreeMap::new, Collectors.summingLong(ClockTally::clocks)));
    long seen = 0;
    for (Map.Entry<Long, Long> bucket : byBucket.entrySet()) {
      seen += bucket.getValue();
      if (seen * 10 >= count * 9) {
        return OptionalLong.of(bucket.getKey());
      }
    }
    return OptionalLong.empty();
  }

  private static List<Day> days(Period period, Collection<TicketTally> tickets) {
    Map<LocalDate, List<TicketTally>> byDay = tickets.stream().collect(Collectors.groupingBy(TicketTally::day));
    List<Day> days = new ArrayList<>();
    period.days().forEach(day -> {
      List<TicketTally> of = byDay.getOrDefault(day, List.of());
      ClockCounts response = of.stream().map(TicketTally::response).reduce(ClockCounts.NONE, ClockCounts::plus);
      days.add(new Day(day, sum(of, TicketTally::received),
          of.stream().filter(t -> COMPLAINT.equals(t.category())).mapToLong(TicketTally::received).sum(),
          response.stopped() == 0 ? OptionalDouble.empty()
              : OptionalDouble.of(response.seconds() / 60.0 / response.stopped())));
    });
    return days;
  }

  private static Map<String, Long> counted(Collection<TicketTally> tickets,
      Function<TicketTally, String> key) {
    return tickets.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingLong(TicketTally::received)));
  }

  private static <T> long sum(Collection<T> rows, ToLongFunction<T> value) {
    return rows.stream().mapToLong(value).sum();
  }

  private static <T> List<T> only(Collection<T> rows, Predicate<T> which) {
    return rows.stream().filter(which).toList();
  }
}
