package io.linli.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TemplateTest {

  @Test
  void servqual_asks_two_scale_questions_for_each_of_the_five_dimensions() {
    for (Dimension dimension : Dimension.values()) {
      assertThat(Template.SERVQUAL.questions()).filteredOn(q -> q.dimension() == dimension)
          .hasSize(2).allMatch(q -> q.kind() == QuestionKind.SCALE);
    }
  }

  @Test
  void the_post_service_survey_covers_every_dimension_and_asks_for_a_recommendation() {
    assertThat(Template.POST_SERVICE.questions()).extracting(Template.Draft::dimension)
        .containsAll(Arrays.asList(Dimension.values()));
    assertThat(Template.POST_SERVICE.questions()).anyMatch(q -> q.kind() == QuestionKind.NPS);
  }
}
