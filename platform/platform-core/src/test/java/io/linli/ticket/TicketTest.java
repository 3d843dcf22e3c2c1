package io.linli.ticket;

import static io.linli.ticket.TicketTestData.AGENT;
import static io.linli.ticket.TicketTestData.AGENT_ACTOR;
import static io.linli.ticket.TicketTestData.FILED;
import static io.linli.ticket.TicketTestData.OWNER_ACTOR;
import static io.linli.ticket.TicketTestData.TECHNICIAN;
import static io.linli.ticket.TicketTestData.filed;
import static io.linli.ticket.TicketTestData.inProgress;
import static io.linli.ticket.TicketTestData.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.sla.ClockKind;
import io.linli.sla.EscalationLevel;
import io.linli.sla.EscalationPolicy;
import io.linli.sla.SlaClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTest {

  private static final EscalationPolicy POLICY = EscalationPolicy.defaults();

  @Test
  void an_emergency_starts_its_response_on_site_and_feedback_clocks_at_filing() {
    Ticket ticket = filed("emergency");

    assertThat(ticket.clock(ClockKind.RESPONSE).map(SlaClock::dueAt)).contains(FILED.plus(Duration.ofMinutes(10)));
    assertThat(ticket.clock(ClockKind.ON_SITE).map(SlaClock::dueAt)).contains(FILED.plus(Duration.ofMinutes(30)));
    assertThat(ticket.clock(ClockKind.RESOLUTION).map(SlaClock::dueAt)).contains(FILED.plus(Duration.ofHours(2)));
    assertThat(ticket.nextDeadline().map(SlaClock::kind)).contains(ClockKind.RESPONSE);
  }

  @Test
  void an_agent_filing_for_a_phoning_owner_stays_the_first_ask_contact() {
    Ticket ticket = inProgress("repair");

    assertThat(ticket.firstAgent()).isSameAs(AGENT);
    assertThat(ticket.assignee()).isSameAs(TECHNICIAN);
  }

  @Test
  void dispatching_answers_the_request_and_stops_the_response_clock() {
    Ticket ticket = filed("repair");
    ticket.dispatch(TECHNICIAN, AGENT_ACTOR, FILED.plusSeconds(60));

    assertThat(ticket.status()).isEqualTo(TicketStatus.DISPATCHED);
    assertThat(ticket.clock(ClockKind.RESPONSE).flatMap(SlaClock::stoppedAt)).contains(FILED.plusSeconds(60));
    assertThat(ticket.clock(ClockKind.RESOLUTION).flatMap(SlaClock::stoppedAt)).isEmpty();
  }

  @Test
  void closing_an_unresolved_ticket_is_refused_naming_its_status() {
    Ticket ticket = inProgress("repair");

    assertThatThrownBy(() -> ticket.close(AGENT_ACTOR, FILED.plusSeconds(900)))
        .isInstanceOfSatisfying(IllegalTicketTransition.class,
            e -> assertThat(e.status()).isEqualTo(TicketStatus.IN_PROGRESS))
        .hasMessage("cannot close a ticket that is in_progress");
  }

  @Test
  void a_ticket_on_hold_pauses_its_resolution_clock_by_the_time_it_waited() {
    Ticket ticket = inProgress("repair");
    Instant due = ticket.clock(ClockKind.RESOLUTION).orElseThrow().dueAt();

    ticket.hold("等待业主回家开门", AGENT_ACTOR, FILED.plus(Duration.ofHours(1)));
    assertThat(ticket.clock(ClockKind.RESOLUTION).orElseThrow().isPaused()).isTrue();
    ticket.resume(AGENT_ACTOR, FILED.plus(Duration.ofHours(4)));

    assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(ticket.clock(ClockKind.RESOLUTION).orElseThrow().dueAt()).isEqualTo(due.plus(Duration.ofHours(3)));
  }

  @Test
  void putting_a_ticket_on_hold_needs_a_reason() {
    Ticket ticket = inProgress("repair");

    assertThatThrownBy(() -> ticket.hold(" ", AGENT_ACTOR, FILED.plusSeconds(900)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_resolved_complaint_owes_a_return_visit_within_24_hours_before_it_can_close() {
    Ticket ticket = inProgress("complaint");
    Instant resolved = FILED.plus(Duration.ofHours(5));
    ticket.resolve("已更换楼道灯并向业主说明", terms("complaint"), AGENT_ACTOR, Channel.PHONE, resolved);

    assertThat(ticket.clock(ClockKind.RETURN_VISIT).map(SlaClock::dueAt)).contains(resolved.plus(Duration.ofHours(24)));
    assertThatThrownBy(() -> ticket.close(AGENT_ACTOR, resolved.plusSeconds(60)))
        .hasMessageContaining("return visit");

    ticket.returnVisit("业主表示满意", AGENT_ACTOR, Channel.PHONE, resolved.plus(Duration.ofHours(20)));
    ticket.close(AGENT_ACTOR, resolved.plus(Duration.ofHours(21)));
    assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void reopening_counts_and_starts_a_new_resolution_clock() {
    Ticket ticket = inProgress("repair");
    ticket.resolve("已修好", terms("repair"), AGENT_ACTOR, Channel.PORTAL, FILED.plus(Duration.ofHours(2)));
    Instant reopened = FILED.plus(Duration.ofHours(30));

    ticket.reopen("还是漏水", terms("repair"), OWNER_ACTOR, Channel.PORTAL, reopened);

    assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(ticket.reopenCount()).isEqualTo(1);
    assertThat(ticket.clock(ClockKind.RESOLUTION).map(SlaClock::dueAt)).contains(reopened.plus(Duration.ofHours(24)));
  }

  @Test
  void a_rating_is_one_to_five_stars() {
    Ticket ticket = inProgress("repair");
    ticket.resolve("已修好", terms("repair"), AGENT_ACTOR, Channel.PORTAL, FILED.plus(Duration.ofHours(2)));

    assertThatThrownBy(() -> ticket.rate(6, null, OWNER_ACTOR, Channel.PORTAL, FILED.plus(Duration.ofHours(3))))
        .isInstanceOf(IllegalArgumentException.class);
    ticket.rate(5, "师傅很专业", OWNER_ACTOR, Channel.PORTAL, FILED.plus(Duration.ofHours(3)));
    assertThat(ticket.rating()).isEqualTo(5);
  }

  @Test
  void three_days_after_the_service_the_owner_is_asked_for_their_satisfaction_once() {
    Ticket ticket = inProgress("repair");
    Instant resolved = FILED.plus(Duration.ofHours(2));
    ticket.resolve("已修好", terms("repair"), AGENT_ACTOR, Channel.PORTAL, resolved);
    ticket.drainEvents();

    assertThat(ticket.askRating(resolved.plus(Duration.ofDays(2)))).isFalse();
    assertThat(ticket.askRating(resolved.plus(Ticket.SATISFACTION_DELAY))).isTrue();
    assertThat(ticket.askRating(resolved.plus(Duration.ofDays(4)))).isFalse();
    assertThat(ticket.drainEvents()).extracting(TicketEvent::action).containsExactly(TicketAction.ASK_RATING);
    assertThat(ticket.satisfactionRequestedAt()).contains(resolved.plus(Ticket.SATISFACTION_DELAY));
  }

  @Test
  void an_owner_who_rated_unasked_is_not_asked_again() {
    Ticket ticket = inProgress("repair");
    Instant resolved = FILED.plus(Duration.ofHours(2));
    ticket.resolve("已修好", terms("repair"), AGENT_ACTOR, Channel.PORTAL, resolved);
    ticket.rate(4, null, OWNER_ACTOR, Channel.PORTAL, resolved.plus(Duration.ofHours(1)));

    assertThat(ticket.askRating(resolved.plus(Ticket.SATISFACTION_DELAY))).isFalse();
  }

  @Test
  void a_reopened_ticket_is_asked_three_days_after_its_new_resolution_and_not_before() {
    Ticket ticket = inProgress("repair");
    ticket.resolve("已修好", terms("repair"), AGENT_ACTOR, Channel.PORTAL, FILED.plus(Duration.ofHours(2)));
    ticket.reopen("还是漏水", terms("repair"), OWNER_ACTOR, Channel.PORTAL, FILED.plus(Duration.ofDays(1)));
    Instant resolvedAgain = FILED.plus(Duration.ofDays(2));

    assertThat(ticket.askRating(FILED.plus(Duration.ofDays(3)))).isFalse();
    ticket.resolve("已更换阀门", terms("repair"), AGENT_ACTOR, Channel.PORTAL, resolvedAgain);
    assertThat(ticket.askRating(resolvedAgain.plus(Duration.ofDays(2)))).isFalse();
    assertThat(ticket.askRating(resolvedAgain.plus(Ticket.SATISFACTION_DELAY))).isTrue();
  }

  @Test
  void every_change_is_recorded_on_the_timeline_with_who_and_the_status_after() {
    Ticket ticket = filed("repair");
    ticket.dispatch(TECHNICIAN, AGENT_ACTOR, FILED.plusSeconds(60));
    ticket.urge("业主来电催促", OWNER_ACTOR, Channel.PHONE, FILED.plusSeconds(120));

    assertThat(ticket.drainEvents())
        .extracting(TicketEvent::action, e -> e.actor().name(), TicketEvent::statusAfter)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TicketAction.DISPATCH, "陈静", TicketStatus.DISPATCHED),
            org.assertj.core.groups.Tuple.tuple(TicketAction.URGE, "张伟", TicketStatus.DISPATCHED));
    assertThat(ticket.urgeCount()).isEqualTo(1);
    assertThat(ticket.drainEvents()).isEmpty();
  }

  @Test
  void a_received_ticket_offers_classify_dispatch_urge_and_comment() {
    assertThat(filed("repair").allowedActions()).containsExactly(
        TicketAction.CLASSIFY, TicketAction.DISPATCH, TicketAction.URGE, TicketAction.COMMENT);
  }

  @Test
  void reclassifying_restarts_the_clocks_under_the_new_policy_from_filing() {
    Ticket ticket = filed("repair");

    ticket.classify("emergency", Priority.URGENT, terms("emergency"), AGENT_ACTOR, FILED.plusSeconds(120));

    assertThat(ticket.clock(ClockKind.RESPONSE).map(SlaClock::dueAt)).contains(FILED.plus(Duration.ofMinutes(10)));
    assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
  }

  @Test
  void at_75_percent_of_its_time_a_clock_warns_the_current_level_once() {
    Ticket ticket = filed("repair"); // respond within 2 h
    Instant threeQuarters = FILED.plus(Duration.ofMinutes(90));

    assertThat(ticket.checkClock(ClockKind.RESPONSE, POLICY, threeQuarters.minusSeconds(1))).isEmpty();
    assertThat(ticket.checkClock(ClockKind.RESPONSE, POLICY, threeQuarters))
        .contains(new Ticket.SlaAlert(TicketAction.WARN, ClockKind.RESPONSE, EscalationLevel.BUILDING_STEWARD));
    assertThat(ticket.checkClock(ClockKind.RESPONSE, POLICY, threeQuarters.plusSeconds(60))).isEmpty();
  }

  @Test
  void a_breach_escalates_one_level_and_each_level_gets_its_own_time_to_act() {
    Ticket ticket = filed("repair");
    Instant breach = FILED.plus(Duration.ofHours(2));

    assertThat(ticket.checkClock(ClockKind.RESPONSE, POLICY, breach).map(Ticket.SlaAlert::level))
        .contains(EscalationLevel.PROJECT_MANAGER);
    assertThat(ticket.checkClock(ClockKind.RESPONSE, POLICY, breach.plus(Duration.ofMinutes(59)))).isEmpty();
    assertThat(ticket.checkClock(ClockKind.RESPONSE, POLICY, breach.plus(Duration.ofHours(1))).map(Ticket.SlaAlert::level))
        .contains(EscalationLevel.REGIONAL_DIRECTOR);
    assertThat(ticket.checkClock(ClockKind.RESPONSE, POLICY, breach.plus(Duration.ofHours(5)))).isEmpty();
    assertThat(ticket.escalationLevel()).isEqualTo(EscalationLevel.REGIONAL_DIRECTOR);
  }

  @Test
  void a_clock_that_stopped_in_time_never_escalates() {
    Ticket ticket = filed("repair");
    ticket.dispatch(TECHNICIAN, AGENT_ACTOR, FILED.plus(Duration.ofMinutes(30)));

    assertThat(ticket.checkClock(ClockKind.RESPONSE, POLICY, FILED.plus(Duration.ofHours(3)))).isEmpty();
    assertThat(ticket.escalationLevel()).isEqualTo(EscalationLevel.BUILDING_STEWARD);
  }

  @Test
  void a_ticket_on_hold_is_not_escalated_for_its_resolution_time() {
    Ticket ticket = inProgress("repair");
    ticket.hold("等配件", AGENT_ACTOR, FILED.plus(Duration.ofHours(1)));

    assertThat(ticket.checkClock(ClockKind.RESOLUTION, POLICY, FILED.plus(Duration.ofHours(30)))).isEmpty();
  }

  @Test
  void a_pooled_ticket_is_claimed_by_the_first_technician_only() {
    Ticket ticket = filed("daily_service");
    ticket.pool(FILED.plusSeconds(1));
    assertThat(ticket.allowedActions()).contains(TicketAction.CLAIM);

    ticket.claim(TECHNICIAN, AGENT_ACTOR, FILED.plusSeconds(60));

    assertThat(ticket.assignee()).isSameAs(TECHNICIAN);
    assertThat(ticket.status()).isEqualTo(TicketStatus.DISPATCHED);
    assertThatThrownBy(() -> ticket.claim(AGENT, AGENT_ACTOR, FILED.plusSeconds(61)))
        .isInstanceOf(IllegalTicketTransition.class);
  }

  @Test
  void a_ticket_not_in_the_pool_cannot_be_claimed() {
    assertThat(filed("repair").allowedActions()).doesNotContain(TicketAction.CLAIM);
    assertThatThrownBy(() -> filed("repair").claim(TECHNICIAN, AGENT_ACTOR, FILED))
        .hasMessageContaining("not in the pool");
  }

  @Test
  void an_owner_may_reopen_within_the_window_after_the_resolution_and_not_after() {
    Duration week = Duration.ofDays(7);
    Ticket ticket = inProgress("repair");
    Instant resolved = FILED.plus(Duration.ofHours(2));
    ticket.resolve("已修好", terms("repair"), AGENT_ACTOR, Channel.PORTAL, resolved);

    assertThat(ticket.reopenableUntil(week)).contains(resolved.plus(week));
    assertThatThrownBy(() -> ticket.reopenByOwner("还是漏水", terms("repair"), week, OWNER_ACTOR, Channel.PORTAL,
        resolved.plus(week).plusSeconds(1)))
        .isInstanceOfSatisfying(IllegalTicketTransition.class,
            e -> assertThat(e.action()).isEqualTo(TicketAction.REOPEN))
        .hasMessageContaining("window to reopen (7d after the resolution)");

    ticket.reopenByOwner("还是漏水", terms("repair"), week, OWNER_ACTOR, Channel.PORTAL, resolved.plus(week));
    assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(ticket.reopenableUntil(week)).isEmpty();
  }

  @Test
  void a_ticket_is_in_the_unit_unless_a_spot_of_the_common_area_is_named() {
    assertThat(filed("repair").location().place()).isEqualTo(TicketLocation.Place.UNIT);

    TicketLocation hall = TicketLocation.of(TicketLocation.Place.COMMON_AREA, "  3单元电梯厅 ");
    assertThat(hall.spot()).isEqualTo("3单元电梯厅");
    assertThat(TicketLocation.of(TicketLocation.Place.UNIT, "ignored").spot()).isNull();
    assertThatThrownBy(() -> TicketLocation.commonArea(" ")).hasMessageStartingWith("spot:");
    assertThatThrownBy(() -> TicketLocation.commonArea("电".repeat(121))).hasMessageStartingWith("spot:");
  }
}
