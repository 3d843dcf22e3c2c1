package io.linli.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A questionnaire's results: the average 1–5 score overall, per SERVQUAL dimension, per project (community) and per
 * month, and the Net Promoter Score (promoters 9–10 minus detractors 0–6, in percent of NPS answers).
 *
 * @param nps null when nobody answered an NPS question
 * @param average null when nobody answered a scale question
 */
public record Results(long invited, long responses, Double average, Integer nps, List<Score> dimensions,
    List<ProjectResult> projects, List<MonthResult> trend) {

  /** The average of some 1–5 answers. */
  public record Score(Dimension dimension, double average, long answers) {}

  public record ProjectResult(long projectId, String project, long responses, Double average, List<Score> dimensions) {}

  public record MonthResult(String month, long responses, Double average) {}

  /** One scored answer, with where and when it was given. */
  public record Row(long invitationId, QuestionKind kind, Dimension dimension, int score, long projectId,
      String project, String month) {}

  /** Computes the results from the scored answers of the answered invitations. */
  public static Results of(long invited, List<Row> rows) {
    List<Row> scale = rows.stream().filter(r -> r.kind() == QuestionKind.SCALE).toList();
    Map<Long, List<Row>> byProject = new LinkedHashMap<>();
    scale.stream().sorted(Comparator.comparing(Row::project))
        .forEach(r -> byProject.computeIfAbsent(r.projectId(), k -> new ArrayList<>()).add(r));
    Map<Long, Long> respondentsByProject = new TreeMap<>();
    rows.stream().map(r -> Map.entry(r.projectId(), r.invitationId())).distinct()
        .forEach(e -> respondentsByProject.merge(e.getKey(), 1L, Long::sum));
    List<ProjectResult> projects = byProject.entrySet().stream()
        .map(e -> new ProjectResult(e.getKey(), e.getValue().get(0).project(),
            respondentsByProject.getOrDefault(e.getKey(), 0L), average(e.getValue()), dimensions(e.getValue())))
        .toList();
    Map<String, List<Row>> byMonth = new TreeMap<>();
    scale.forEach(r -> byMonth.computeIfAbsent(r.month(), k -> new ArrayList<>()).add(r));
    List<MonthResult> trend = byMonth.entrySet().stream()
        .map(e -> new MonthResult(e.getKey(),
            e.getValue().stream().map(Row::invitationId).distinct().count(), average(e.getValue())))
        .toList();
    long responses = rows.stream().map(Row::invitationId).distinct().count();
    return new Results(invited, responses, average(scale), nps(rows), dimensions(scale), projects, trend);
  }

  private static List<Score> dimensions(List<Row> scale) {
    List<Score> scores = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      List<Row> of = scale.stream().filter(r -> r.dimension() == dimension).toList();
      if (!of.isEmpty()) {
        scores.add(new Score(dimension, average(of), of.size()));
      }
    }
    return scores;
  }

  private static Double average(List<Row> rows) {
    return rows.isEmpty() ? null
        : Math.round(rows.stream().mapToInt(Row::score).average().orElseThrow() * 100) / 100.0;
  }

  private static Integer nps(List<Row> rows) {
    List<Row> nps = rows.stream().filter(r -> r.kind() == QuestionKind.NPS).toList();
    if (nps.isEmpty()) {
      return null;
    }
    long promoters = nps.stream().filter(r -> r.score() >= 9).count();
    long detractors = nps.stream().filter(r -> r.score() <= 6).count();
    return (int) Math.round((promoters - detractors) * 100.0 / nps.size());
  }
}
