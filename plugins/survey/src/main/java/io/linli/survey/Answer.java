package io.linli.survey;

import io.linli.api.PluginEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** An owner's answer to one question. */
@Entity
@Table(name = "survey_answer")
public class Answer extends PluginEntity {

  @Column(name = "invitation_id")
  private long invitationId;

  @Column(name = "question_id")
  private long questionId;

  private Integer score;

  /** The chosen options, one per line. */
  private String choices;

  private String text;

  protected Answer() {}

  Answer(long invitationId, AnswerSheet.Response response) {
    this.invitationId = invitationId;
    this.questionId = response.question();
    this.score = response.score();
    this.choices = response.choices().isEmpty() ? null : String.join("\n", response.choices());
    this.text = response.text() == null || response.text().isBlank() ? null : response.text().strip();
  }

  public long invitationId() {
    return invitationId;
  }

  public long questionId() {
    return questionId;
  }

  public Integer score() {
    return score;
  }

  public List<String> choices() {
    return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
  }

  public String text() {
    return text;
  }

  /** @return the answer as one cell of a sheet */
  Object cell() {
    return score != null ? score : choices != null ? String.join("、", choices()) : text;
  }
}
