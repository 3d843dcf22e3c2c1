package io.linli.poll;

import io.linli.api.Role;
import io.linli.community.Building;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.i18n.LocalizedName;
import io.linli.people.Resident;
import io.linli.people.ResidentRelation;
import io.linli.people.StaffMember;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for polls and the households that vote in them, outside any container. */
final class PollTestData {

  static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z"); // 09:00 in Shanghai
  static final Instant CLOSES = OPENS.plus(Duration.ofDays(14));
  static final Instant DURING = OPENS.plus(Duration.ofDays(1));
  static final Project PROJECT = new Project(null, "xixi", new LocalizedName("西溪雅苑", "Xixi"), null);
  static final Building BUILDING = new Building(PROJECT, "1", new LocalizedName("1号楼", "Building 1"));
  static final StaffMember MANAGER = new StaffMember("pm.xixi", "黎佳琪", Role.PROJECT_MANAGER, "hash");

  private PollTestData() {}

  static PollBuilder poll() {
    return new PollBuilder();
  }

  static Household household(String unit, String area) {
    return new Household(BUILDING, unit, new BigDecimal(area));
  }

  static Resident owner(Household household) {
    return new Resident(household, "业主" + household.unit(), "139" + household.unit(), ResidentRelation.OWNER,
        "hash");
  }

  /** Adds {@code households} ballots of {@code area} m² in all to the option's count. */
  static void add(Map<PollOption, Tally.Count> ballots, PollOption option, long households, String area) {
    ballots.merge(option, new Tally.Count(households, new BigDecimal(area)), Tally.Count::plus);
  }

  static Map<PollOption, Tally.Count> ballots() {
    return new HashMap<>();
  }

  static Tally.Count electorate(long households, String area) {
    return new Tally.Count(households, new BigDecimal(area));
  }

  static final class PollBuilder {
    private MatterKind kind = MatterKind.GENERAL;
    private List<String> options = List.of();
    private Thresholds thresholds;
    private String title = "关于更换小区电梯的表决";
    private Instant opens = OPENS;
    private Instant closes = CLOSES;

    PollBuilder kind(MatterKind kind) {
      this.kind = kind;
      return this;
    }

    PollBuilder options(String... options) {
      this.options = List.of(options);
      return this;
    }

    PollBuilder thresholds(Thresholds thresholds) {
      this.thresholds = thresholds;
      return this;
    }

    PollBuilder title(String title) {
      this.title = title;
      return this;
    }

    PollBuilder window(Instant opens, Instant closes) {
      this.opens = opens;
      this.closes = closes;
      return this;
    }

    Poll build() {
      return Poll.create(PROJECT, new Poll.Draft(title, "", kind, options, false, opens, closes, thresholds),
          MANAGER, OPENS.minus(Duration.ofDays(1)));
    }
  }
}
