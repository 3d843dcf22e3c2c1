package io.linli.survey;

import static io.linli.survey.QuestionBuilder.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linli.survey.AnswerSheet.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerSheetTest {

  private final List<Question> questions = List.of(
      question(1, QuestionKind.SCALE),
      question(2, QuestionKind.NPS),
      question(3, QuestionKind.SINGLE, "态度", "速度"),
      question(4, QuestionKind.TEXT));

  private static Response score(long question, int score) {
    return new Response(question, score, List.of(), null);
  }

  @Test
  void complete_answers_are_kept_and_an_empty_remark_is_left_out() {
    var kept = AnswerSheet.check(questions, List.of(score(1, 5), score(2, 9),
        new Response(3, null, List.of("态度"), null), new Response(4, null, List.of(), "  ")));

    assertThat(kept).extracting(Response::question).containsExactly(1L, 2L, 3L);
  }

  @Test
  void every_unanswered_required_question_is_named() {
    assertThatThrownBy(() -> AnswerSheet.check(questions, List.of(score(2, 9))))
        .isInstanceOfSatisfying(AnswerSheet.Invalid.class, e -> assertThat(e.problems())
            .containsExactly("question 1: is required", "question 3: is required"));
  }

  @Test
  void a_score_outside_its_scale_is_refused() {
    assertThatThrownBy(() -> AnswerSheet.check(questions, List.of(score(1, 6), score(2, 11),
        new Response(3, null, List.of("态度"), null))))
        .isInstanceOfSatisfying(AnswerSheet.Invalid.class, e -> assertThat(e.problems())
            .containsExactly("question 1: must be 1 to 5", "question 2: must be 0 to 10"));
  }

  @Test
  void an_option_the_question_does_not_offer_is_refused() {
    assertThatThrownBy(() -> AnswerSheet.check(questions, List.of(score(1, 4), score(2, 8),
        new Response(3, null, List.of("价格"), null))))
        .hasMessage("question 3: no option '价格'");
  }

  @Test
  void the_lowest_scale_score_ignores_the_recommendation_score() {
    assertThat(AnswerSheet.lowestScale(questions, List.of(score(1, 2), score(2, 0)))).hasValue(2);
    assertThat(AnswerSheet.lowestScale(questions, List.of(score(2, 0)))).isEmpty();
  }

  @Test
  void an_answer_to_a_question_of_another_survey_is_refused() {
    assertThatThrownBy(() -> AnswerSheet.check(questions, List.of(score(1, 4), score(2, 8),
        new Response(3, null, List.of("态度"), null), score(99, 3))))
        .hasMessage("question id 99: not in this survey");
  }
}
