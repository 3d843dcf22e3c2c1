package io.linli.poll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts a poll's ballots by headcount (households) and by floor area, and decides its outcome. */
public final class Tally {

  private Tally() {}

  /** Households and their floor area. */
  public record Count(long households, BigDecimal area) {

    public static final Count NONE = new Count(0, BigDecimal.ZERO);

    public Count {
      area = area == null ? BigDecimal.ZERO : area;
    }

    public Count plus(Count other) {
      return new Count(households + other.households, area.add(other.area));
    }
  }

  /** An option's ballots and their shares of the participants', in percent. */
  public record OptionResult(PollOption option, Count count, BigDecimal householdShare, BigDecimal areaShare,
      boolean approved) {}

  /**
   * @param electorate every household of the project, and their area
   * @param participants the households that voted, and their area
   * @param householdsTookPart whether enough households voted; {@code areaTookPart} the same for the area
   * @param passed the option that passed, if the outcome is {@link Outcome#PASSED}
   */
  public record Results(Count electorate, Count participants, BigDecimal householdTurnout, BigDecimal areaTurnout,
      boolean householdsTookPart, boolean areaTookPart, List<OptionResult> options, Outcome outcome,
      Optional<PollOption> passed) {}

  /** @param ballots per option, the households that chose it and their area (options nobody chose may be absent) */
  public static Results count(Poll poll, Count electorate, Map<PollOption, Count> ballots) {
    Thresholds thresholds = poll.thresholds();
    Count participants = ballots.values().stream().reduce(Count.NONE, Count::plus);
    boolean households = thresholds.participation().reachedBy(
        BigDecimal.valueOf(participants.households()), BigDecimal.valueOf(electorate.households()));
    boolean area = thresholds.participation().reachedBy(participants.area(), electorate.area());
    List<OptionResult> options = poll.options().stream().map(option -> {
      Count count = ballots.getOrDefault(option, Count.NONE);
      boolean approved = option.stance().canPass()
          && thresholds.approves(BigDecimal.valueOf(count.households()), BigDecimal.valueOf(participants.households()))
          && thresholds.approves(count.area(), participants.area());
      return new OptionResult(option, count, percent(BigDecimal.valueOf(count.households()),
          BigDecimal.valueOf(participants.households())), percent(count.area(), participants.area()), approved);
    }).toList();
    Optional<PollOption> passed = Optional.empty();
    Outcome outcome;
    if (poll.kind() == MatterKind.CONSULTATION) {
      outcome = Outcome.CONSULTATION_ONLY;
    } else if (!households || !area) {
      outcome = Outcome.TOO_FEW_TOOK_PART;
    } else {
      // with a low approval threshold two alternatives may both reach it: the larger area wins
      passed = options.stream().filter(OptionResult::approved)
          .max(Comparator.comparing((OptionResult r) -> r.count().area())
              .thenComparing(r -> r.count().households()))
          .map(OptionResult::option);
      outcome = passed.isPresent() ? Outcome.PASSED : Outcome.REJECTED;
    }
    return new Results(electorate, participants,
        percent(BigDecimal.valueOf(participants.households()), BigDecimal.valueOf(electorate.households())),
        percent(participants.area(), electorate.area()), households, area, options, outcome, passed);
  }

  /** @return part of whole in percent, one decimal; 0 of nothing */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? BigDecimal.ZERO.setScale(1)
        : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
