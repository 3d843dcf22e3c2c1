package io.linli.poll;

import static io.linli.poll.PollTestData.CLOSES;
import static io.linli.poll.PollTestData.DURING;
import static io.linli.poll.PollTestData.OPENS;
import static io.linli.poll.PollTestData.household;
import static io.linli.poll.PollTestData.owner;
import static io.linli.poll.PollTestData.poll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.community.Household;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollTest {

  @Test
  void a_household_votes_once_and_may_change_its_vote_until_close() {
    Poll poll = poll().build();
    Household household = household("1-601", "134.12");
    var agree = poll.options().get(0);
    var disagree = poll.options().get(1);

    Ballot first = poll.vote(null, household, agree, owner(household), DURING);
    Ballot second = poll.vote(first, household, disagree, owner(household), DURING.plusSeconds(60));

    assertThat(second).isSameAs(first);
    assertThat(second.option()).isSameAs(disagree);
    assertThat(second.firstCastAt()).isEqualTo(DURING);
    assertThat(second.castAt()).isEqualTo(DURING.plusSeconds(60));
    assertThat(second.changed()).isTrue();
    assertThat(first.household()).isSameAs(household);
    Instant lastMoment = CLOSES.minusMillis(1);
    assertThat(poll.vote(second, household, agree, owner(household), lastMoment).option()).isSameAs(agree);
  }

  @Test
  void voting_opens_at_the_opening_time_and_is_closed_from_the_closing_time() {
    Poll poll = poll().build();
    Household household = household("1-601", "134.12");
    var agree = poll.options().get(0);

    assertThat(poll.status(OPENS.minusMillis(1))).isEqualTo(PollStatus.UPCOMING);
    assertThat(poll.status(OPENS)).isEqualTo(PollStatus.OPEN);
    assertThat(poll.status(CLOSES)).isEqualTo(PollStatus.CLOSED);
    assertThatThrownBy(() -> poll.vote(null, household, agree, owner(household), OPENS.minusSeconds(1)))
        .isInstanceOf(VotingClosed.class).hasMessage("poll: voting opens at 2026-12-01 09:00");
    assertThatThrownBy(() -> poll.vote(null, household, agree, owner(household), CLOSES))
        .isInstanceOf(VotingClosed.class).hasMessage("poll: voting closed at 2026-12-15 09:00");
    assertThat(poll.vote(null, household, agree, owner(household), OPENS).option()).isSameAs(agree);
  }

  @Test
  void an_option_of_another_poll_is_refused_naming_the_field() {
    Poll poll = poll().build();
    Household household = household("1-601", "134.12");
    var foreign = poll().build().options().get(0);

    assertThatThrownBy(() -> poll.vote(null, household, foreign, owner(household), DURING))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("option:");
    assertThatThrownBy(() -> poll.vote(null, household, null, owner(household), DURING))
        .hasMessageStartingWith("option:");
  }

  @Test
  void without_options_a_poll_asks_agree_disagree_or_abstain() {
    assertThat(poll().build().options()).extracting(PollOption::label, PollOption::stance).containsExactly(
        org.assertj.core.groups.Tuple.tuple("同意", Stance.FOR),
        org.assertj.core.groups.Tuple.tuple("反对", Stance.AGAINST),
        org.assertj.core.groups.Tuple.tuple("弃权", Stance.ABSTAIN));
    assertThat(poll().options("方案一", "方案二").build().options()).extracting(PollOption::stance)
        .containsOnly(Stance.CHOICE);
  }

  @Test
  void the_thresholds_default_from_the_kind_of_matter_and_a_company_may_set_its_own() {
    assertThat(poll().kind(MatterKind.GENERAL).build().thresholds())
        .isEqualTo(new Thresholds(new Fraction(2, 3), new Fraction(1, 2), true));
    assertThat(poll().kind(MatterKind.MAJOR).build().thresholds().approvalRule()).isEqualTo("3/4");
    assertThat(poll().kind(MatterKind.GENERAL).thresholds(Thresholds.parse("1/2", ">1/2")).build().thresholds()
        .participation()).isEqualTo(new Fraction(1, 2));
    assertThat(poll().kind(MatterKind.CONSULTATION).thresholds(Thresholds.parse("1/2", "1/2")).build()
        .thresholds()).isEqualTo(MatterKind.CONSULTATION.defaults());
  }

  @Test
  void a_poll_names_each_field_it_is_missing_or_has_wrong() {
    assertThatThrownBy(() -> poll().title(" ").build()).hasMessageStartingWith("title:");
    assertThatThrownBy(() -> poll().kind(null).build()).hasMessageStartingWith("kind:");
    assertThatThrownBy(() -> poll().window(OPENS, OPENS).build()).hasMessage("closesAt: must be after opensAt");
    assertThatThrownBy(() -> poll().window(OPENS.minus(Duration.ofDays(9)), OPENS.minus(Duration.ofDays(2))).build())
        .hasMessage("closesAt: must be in the future");
    assertThatThrownBy(() -> poll().options("方案一").build()).hasMessageStartingWith("options:");
    assertThatThrownBy(() -> poll().options("方案一", "方案一").build()).hasMessageStartingWith("options:");
    assertThatThrownBy(() -> Thresholds.parse("two thirds", ">1/2")).hasMessageStartingWith("participation:");
    assertThatThrownBy(() -> Thresholds.parse("2/3", "4/3")).hasMessageStartingWith("approval:");
    assertThat(List.of(Fraction.parse("x", " 2 / 3 "))).containsExactly(new Fraction(2, 3));
  }
}
