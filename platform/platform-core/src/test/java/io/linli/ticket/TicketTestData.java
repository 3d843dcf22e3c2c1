package io.linli.ticket;

import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.community.Building;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.community.Region;
import io.linli.i18n.LocalizedName;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.people.StaffMember;
import io.linli.sla.SlaPolicies;
import io.linli.sla.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** Builders for tickets and the people around them, outside any container. */
final class TicketTestData {

  static final Instant FILED = Instant.parse("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
  static final WorkingCalendar CALENDAR = WorkingCalendar.chinaOfficial(ZoneId.of("Asia/Shanghai"));

  static final Household HOUSEHOLD = household();
  static final StaffMember AGENT = new StaffMember("agent.xixi", "陈静", Role.CUSTOMER_SERVICE_AGENT, "hash");
  static final StaffMember TECHNICIAN = new StaffMember("tech.xixi1", "张强", Role.TECHNICIAN, "hash");
  static final Actor AGENT_ACTOR = Actor.of(new SignedInUser(
      AccountKind.STAFF, TenantId.of("huayuan"), 7, "agent.xixi", "陈静", Set.of(Role.CUSTOMER_SERVICE_AGENT), 0));
  static final Actor OWNER_ACTOR = Actor.of(new SignedInUser(
      AccountKind.RESIDENT, TenantId.of("huayuan"), 9, "13900000001", "张伟", Set.of(Role.RESIDENT), 0));

  private TicketTestData() {}

  static SlaTerms terms(String category) {
    return new SlaTerms(SlaPolicies.defaultFor(category), CALENDAR);
  }

  /** A ticket of {@code category} an agent filed at {@link #FILED} for an owner who phoned. */
  static Ticket filed(String category) {
    Ticket ticket = Ticket.file(new Ticket.Report(category, Priority.NORMAL, Channel.PHONE, "厨房水管漏水", null),
        HOUSEHOLD, null, AGENT, AGENT_ACTOR, terms(category), null, FILED);
    ticket.drainEvents();
    return ticket;
  }

  /** A ticket of {@code category} dispatched and started, in progress. */
  static Ticket inProgress(String category) {
    Ticket ticket = filed(category);
    ticket.dispatch(TECHNICIAN, AGENT_ACTOR, FILED.plusSeconds(300));
    ticket.start(AGENT_ACTOR, FILED.plusSeconds(600));
    ticket.drainEvents();
    return ticket;
  }

  private static Household household() {
    Region region = new Region("hangzhou", new LocalizedName("杭州区域", null));
    Project project = new Project(region, "xixi", new LocalizedName("西溪雅苑", null), null);
    Building building = new Building(project, "1", new LocalizedName("1号楼", null));
    return new Household(building, "1-101", new BigDecimal("89.50"));
  }
}
