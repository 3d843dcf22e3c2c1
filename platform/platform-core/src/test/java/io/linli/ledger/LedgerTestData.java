package io.linli.ledger;

import io.linli.api.Role;
import io.linli.community.Building;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.community.Region;
import io.linli.i18n.LocalizedName;
import io.linli.people.StaffMember;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Builders for ledger entries outside any container. */
final class LedgerTestData {

  static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
  static final Household HOUSEHOLD = household();
  static final StaffMember STEWARD = new StaffMember("steward.xixi2", "朱佳琪", Role.BUILDING_STEWARD, "hash");

  private LedgerTestData() {}

  /** A builder of a contact: a phone call an hour ago about a noisy neighbour, unless changed. */
  static final class ContactBuilder {
    private ContactKind kind = ContactKind.PHONE_CALL;
    private Instant occurredAt = NOW.minusSeconds(3600);
    private String participants = "业主 张伟；管家 朱佳琪";
    private String content = "反映楼上夜间装修噪音，已告知装修管理规定";
    private String followUp;
    private LocalDate followUpBy;

    ContactBuilder kind(ContactKind kind) {
      this.kind = kind;
      return this;
    }

    ContactBuilder at(Instant occurredAt) {
      this.occurredAt = occurredAt;
      return this;
    }

    ContactBuilder content(String content) {
      this.content = content;
      return this;
    }

    ContactBuilder followUp(String followUp, LocalDate by) {
      this.followUp = followUp;
      this.followUpBy = by;
      return this;
    }

    LedgerEntry.Contact build() {
      return new LedgerEntry.Contact(kind, occurredAt, participants, content, followUp, followUpBy);
    }

    LedgerEntry recorded() {
      return LedgerEntry.record(HOUSEHOLD, build(), STEWARD, LedgerService.ZONE, NOW);
    }
  }

  static ContactBuilder aContact() {
    return new ContactBuilder();
  }

  private static Household household() {
    Region region = new Region("hangzhou", new LocalizedName("杭州区域", "Hangzhou"));
    Project project = new Project(region, "xixi", new LocalizedName("西溪雅苑", "Xixi Garden"), null);
    Building building = new Building(project, "4", new LocalizedName("4号楼", "Building 4"));
    return new Household(building, "1-601", new BigDecimal("128.40"));
  }
}
