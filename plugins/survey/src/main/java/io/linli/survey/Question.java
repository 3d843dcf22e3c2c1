package io.linli.survey;

import io.linli.api.PluginEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One question of a questionnaire. */
@Entity
@Table(name = "survey_question")
public class Question extends PluginEntity {

  @Column(name = "questionnaire_id")
  private long questionnaireId;

  private int position;

  @Enumerated(EnumType.STRING)
  private QuestionKind kind;

  private String text;

  @Enumerated(EnumType.STRING)
  private Dimension dimension;

  /** The options, one per line. */
  private String options;

  protected Question() {}

  Question(long questionnaireId, int position, Template.Draft draft) {
    this.questionnaireId = questionnaireId;
    this.position = position;
    this.kind = draft.kind();
    this.text = draft.text();
    this.dimension = draft.dimension();
    this.options = draft.options().isEmpty() ? null : String.join("\n", draft.options());
  }

  public long questionnaireId() {
    return questionnaireId;
  }

  public int position() {
    return position;
  }

  public QuestionKind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  /** @return its SERVQUAL dimension, or null */
  public Dimension dimension() {
    return dimension;
  }

  public List<String> options() {
    return options == null ? List.of() : Arrays.asList(options.split("\n"));
  }
}
