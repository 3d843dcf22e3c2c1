package io.linli.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks an owner's answers against the questionnaire before any is stored. */
public final class AnswerSheet {

  static final int LONGEST_TEXT = 1000;

  /**
   * One answer.
   *
   * @param question the question's id
   * @param score 1–5 for a scale question, 0–10 for the NPS question, else null
   * @param choices the chosen options of a choice question
   * @param text the free text, or null
   */
  public record Response(long question, Integer score, List<String> choices, String text) {

    public Response {
      choices = choices == null ? List.of() : List.copyOf(choices);
    }
  }

  /** Answers that do not fit the questionnaire; each problem names the question by its number. */
  public static final class Invalid extends IllegalArgumentException {

    private final List<String> problems;

    Invalid(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private AnswerSheet() {}

  /**
   * @return the responses to store: one per answered question, in the questionnaire's order
   * @throws Invalid naming every problem: a required question unanswered, a score out of range, an unknown option,
   *     a text too long, an answer to a question not in the questionnaire
   */
  public static List<Response> check(List<Question> questions, List<Response> responses) {
    Map<Long, Response> byQuestion = responses.stream()
        .collect(Collectors.toMap(Response::question, Function.identity(), (a, b) -> b));
    List<String> problems = new ArrayList<>();
    List<Response> kept = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      String name = "question " + (i + 1);
      Response response = byQuestion.remove(question.id());
      if (response == null || isEmpty(question.kind(), response)) {
        if (question.kind().required()) {
          problems.add(name + ": is required");
        }
        continue;
      }
      String problem = problem(question, response);
      if (problem != null) {
        problems.add(name + ": " + problem);
      } else {
        kept.add(response);
      }
    }
    byQuestion.keySet().forEach(id -> problems.add("question id " + id + ": not in this survey"));
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return kept;
  }

  /** @return the lowest 1–5 score among the responses, if any scale question was answered */
  public static OptionalInt lowestScale(List<Question> questions, List<Response> responses) {
    Set<Long> scale = questions.stream().filter(q -> q.kind() == QuestionKind.SCALE).map(Question::id)
        .collect(Collectors.toSet());
    return responses.stream().filter(r -> scale.contains(r.question()) && r.score() != null)
        .mapToInt(Response::score).min();
  }

  private static boolean isEmpty(QuestionKind kind, Response response) {
    return switch (kind) {
      case SCALE, NPS -> response.score() == null;
      case SINGLE, MULTIPLE -> response.choices().isEmpty();
      case TEXT -> response.text() == null || response.text().isBlank();
    };
  }

  private static String problem(Question question, Response response) {
    return switch (question.kind()) {
      case SCALE -> between(response.score(), 1, 5);
      case NPS -> between(response.score(), 0, 10);
      case SINGLE -> response.choices().size() != 1 ? "choose exactly one option"
          : unknown(question, response);
      case MULTIPLE -> unknown(question, response);
      case TEXT -> response.text().strip().length() > LONGEST_TEXT
          ? "at most " + LONGEST_TEXT + " characters" : null;
    };
  }

  private static String between(int score, int lowest, int highest) {
    return score < lowest || score > highest ? "must be " + lowest + " to " + highest : null;
  }

  private static String unknown(Question question, Response response) {
    return response.choices().stream().filter(c -> !question.options().contains(c)).findFirst()
        .map(c -> "no option '" + c + "'").orElse(null);
  }
}
