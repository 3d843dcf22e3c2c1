package io.linli.survey;

import io.linli.api.PluginEntity;
import java.lang.reflect.Field;
import java.util.List;

/** Builds stored-looking questions for tests: the id is what the database would give. */
final class QuestionBuilder {

  private QuestionBuilder() {}

  static Question question(long id, QuestionKind kind, String... options) {
    Question question = new Question(1, (int) id, new Template.Draft(kind, "Q" + id, null, List.of(options)));
    try {
      Field field = PluginEntity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(question, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return question;
  }
}
