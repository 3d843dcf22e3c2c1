package io.linli.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.linli.survey.Results.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {

  private static Row scale(long invitation, Dimension dimension, int score, long project, String month) {
    return new Row(invitation, QuestionKind.SCALE, dimension, score, project, "项目" + project, month);
  }

  private static Row nps(long invitation, int score) {
    return new Row(invitation, QuestionKind.NPS, null, score, 1, "项目1", "2026-11");
  }

  @Test
  void nps_is_promoters_less_detractors_in_percent() {
    Results results = Results.of(4, List.of(nps(1, 10), nps(2, 9), nps(3, 7), nps(4, 3)));

    assertThat(results.nps()).isEqualTo(25);
    assertThat(results.responses()).isEqualTo(4);
    assertThat(results.average()).isNull();
  }

  @Test
  void scale_answers_are_averaged_per_dimension_and_per_project() {
    Results results = Results.of(3, List.of(
        scale(1, Dimension.RELIABILITY, 5, 1, "2026-10"),
        scale(1, Dimension.EMPATHY, 4, 1, "2026-10"),
        scale(2, Dimension.RELIABILITY, 2, 2, "2026-11")));

    assertThat(results.average()).isEqualTo(3.67);
    assertThat(results.dimensions()).extracting(Results.Score::dimension, Results.Score::average)
        .containsExactly(tuple(Dimension.RELIABILITY, 3.5),
            tuple(Dimension.EMPATHY, 4.0));
    assertThat(results.projects()).extracting(Results.ProjectResult::project, Results.ProjectResult::responses,
            Results.ProjectResult::average)
        .containsExactly(tuple("项目1", 1L, 4.5),
            tuple("项目2", 1L, 2.0));
  }

  @Test
  void the_trend_has_a_point_per_month_in_order() {
    Results results = Results.of(2, List.of(scale(2, Dimension.ASSURANCE, 3, 1, "2026-11"),
        scale(1, Dimension.ASSURANCE, 5, 1, "2026-10")));

    assertThat(results.trend()).extracting(Results.MonthResult::month, Results.MonthResult::average)
        .containsExactly(tuple("2026-10", 5.0),
            tuple("2026-11", 3.0));
  }
}
