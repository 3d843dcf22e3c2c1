package io.linli.survey;

import io.linli.api.Caller;
import io.linli.api.Label;
import io.linli.api.Metric;
import io.linli.api.PluginContext;
import io.linli.api.Role;
import io.linli.api.SatisfactionRequest;
import io.linli.api.TicketSummary;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The surveys of the tenant bound to the call: questionnaires built by managers, invitations sent after services,
 * owners' answers and the results. Stateless: the views, the REST API, the listener and the job each make one.
 */
public final class SurveyService {

  /** Who may build questionnaires. */
  static final Set<Role> MANAGERS = Set.of(Role.TENANT_ADMIN, Role.REGIONAL_DIRECTOR, Role.PROJECT_MANAGER);
  static final int LONGEST_QUESTION = 300;
  static final Duration METRIC_PERIOD = Duration.ofDays(30);
  /** A 1–5 answer this low tells the building's stewards to call the owner back. */
  static final int LOW_SCORE = 2;

  /** A questionnaire with its questions, in order. */
  public record Detail(Questionnaire questionnaire, List<Question> questions) {}

  /** An owner's open survey, with what to ask. */
  public record Sheet(Invitation invitation, Questionnaire questionnaire, List<Question> questions) {}

  private final PluginContext context;

  public SurveyService(PluginContext context) {
    this.context = context;
  }

  public List<Questionnaire> questionnaires(Caller caller) {
    requireStaff(caller);
    return context.data().transaction(em -> em
        .createQuery("select q from Questionnaire q order by q.id desc", Questionnaire.class).getResultList());
  }

  /**
   * Creates a questionnaire from a template.
   *
   * @param name blank for the template's name
   * @param afterService whether it is the one sent after each service (the previous one stops being so)
   */
  public Questionnaire create(Caller caller, String name, Template template, boolean afterService) {
    requireManager(caller);
    String named = name == null || name.isBlank() ? template.defaultName() : name.strip();
    if (named.length() > 120) {
      throw new IllegalArgumentException("name: at most 120 characters");
    }
    return context.data().transaction(em -> create(em, named, template, afterService));
  }

  /** Adds a question at the end. */
  public Question addQuestion(Caller caller, long questionnaireId, Template.Draft draft) {
    requireManager(caller);
    if (draft.kind() == null) {
      throw new IllegalArgumentException("kind: is required, one of SINGLE, MULTIPLE, SCALE, NPS, TEXT");
    }
    if (draft.text() == null || draft.text().isBlank() || draft.text().strip().length() > LONGEST_QUESTION) {
      throw new IllegalArgumentException("text: is required, at most " + LONGEST_QUESTION + " characters");
    }
    List<String> options = draft.options().stream().map(String::strip).filter(o -> !o.isEmpty()).distinct()
        .toList();
    if (draft.kind().hasOptions() && options.size() < 2) {
      throw new IllegalArgumentException("options: a choice question needs at least two options");
    }
    if (draft.dimension() != null && draft.kind() != QuestionKind.SCALE) {
      throw new IllegalArgumentException("dimension: only a 1–5 scale question has one");
    }
    Template.Draft clean = new Template.Draft(draft.kind(), draft.text().strip(), draft.dimension(),
        draft.kind().hasOptions() ? options : List.of());
    return context.data().transaction(em -> {
      Detail detail = detail(em, questionnaireId);
      Question question = new Question(questionnaireId, detail.questions().size(), clean);
      em.persist(question);
      return question;
    });
  }

  public Detail questionnaire(Caller caller, long id) {
    requireStaff(caller);
    return context.data().transaction(em -> detail(em, id));
  }

  /**
   * Asks the ticket's household how the service was, once per ticket, with the post-service questionnaire (made
   * from the template when the company has none).
   */
  public void invite(SatisfactionRequest request) {
    TicketSummary ticket = context.tickets().ticket(request.ticketId()).orElse(null);
    if (ticket == null) {
      return;
    }
    context.data().run(em -> {
      boolean asked = !em.createQuery("select i.id from Invitation i where i.ticketId = :t", Long.class)
          .setParameter("t", ticket.id()).getResultList().isEmpty();
      if (asked) {
        return;
      }
      Questionnaire questionnaire = em
          .createQuery("select q from Questionnaire q where q.afterService = true", Questionnaire.class)
          .getResultStream().findFirst()
          .orElseGet(() -> create(em, Template.POST_SERVICE.defaultName(), Template.POST_SERVICE, true));
      em.persist(new Invitation(questionnaire.id(), ticket.id(), request.householdId(), ticket.projectId(),
          ticket.project().zh(), ticket.title(), request.requestedAt(), context.zone()));
    });
  }

  /** @return the surveys the resident's household can answer now, newest first */
  public List<Invitation> openFor(Caller caller) {
    Long household = householdOf(caller);
    if (household == null) {
      return List.of();
    }
    Instant now = context.clock().instant();
    return context.data().transaction(em -> em.createQuery("select i from Invitation i where i.householdId = :h"
            + " and i.status = :open and i.opensAt <= :now and i.expiresAt > :now order by i.id desc", Invitation.class)
        .setParameter("h", household).setParameter("open", InvitationStatus.OPEN).setParameter("now", now)
        .getResultList());
  }

  /** @throws NoSuchElementException unless it is the resident's household's open survey */
  public Sheet sheet(Caller caller, long invitationId) {
    return context.data().transaction(em -> sheet(em, caller, invitationId));
  }

  /**
   * Stores the resident's answers, all or none; a score of {@value #LOW_SCORE} or less tells the ticket's building
   * stewards.
   *
   * @throws AnswerSheet.Invalid naming each answer that does not fit
   * @throws SurveyRefused when the survey was answered already or has expired
   */
  public void answer(Caller caller, long invitationId, List<AnswerSheet.Response> responses) {
    Sheet answered = context.data().transaction(em -> {
      Sheet sheet = sheet(em, caller, invitationId);
      Instant now = context.clock().instant();
      if (!sheet.invitation().isOpen(now)) {
        throw new SurveyRefused(SurveyRefused.Reason.CLOSED,
            "this survey is " + sheet.invitation().status().name().toLowerCase() + ", no longer open");
      }
      List<AnswerSheet.Response> kept = AnswerSheet.check(sheet.questions(), responses);
      kept.forEach(response -> em.persist(new Answer(invitationId, response)));
      sheet.invitation().answered(caller.id(), now, context.zone());
      return sheet;
    });
    AnswerSheet.lowestScale(answered.questions(), responses).ifPresent(lowest -> {
      if (lowest <= LOW_SCORE) {
        Invitation invitation = answered.invitation();
        context.notifications().toStaffOf(invitation.ticketId(), Role.BUILDING_STEWARD,
            "业主对工单 #" + invitation.ticketId() + "「" + invitation.ticketTitle() + "」的服务评价偏低（最低 " + lowest
                + " 分），请尽快回访。", "/console/tickets/" + invitation.ticketId());
      }
    });
  }

  public Results results(Caller caller, long questionnaireId) {
    requireStaff(caller);
    return context.data().transaction(em -> {
      detail(em, questionnaireId);
      long invited = em.createQuery("select count(i) from Invitation i where i.questionnaireId = :q", Long.class)
          .setParameter("q", questionnaireId).getSingleResult();
      return Results.of(invited, rows(em, "i.questionnaireId = :q", Map.of("q", questionnaireId)));
    });
  }

  /** @return an Excel workbook: a row per answered survey, a column per question */
  public byte[] export(Caller caller, long questionnaireId, Locale locale) {
    requireStaff(caller);
    ResourceBundle texts = SurveyTexts.of(locale);
    List<List<Object>> rows = new ArrayList<>();
    Detail detail = context.data().transaction(em -> {
      Detail found = detail(em, questionnaireId);
      List<Invitation> answered = em.createQuery("select i from Invitation i where i.questionnaireId = :q"
              + " and i.status = :answered order by i.answeredAt", Invitation.class)
          .setParameter("q", questionnaireId).setParameter("answered", InvitationStatus.ANSWERED).getResultList();
      Map<Long, Map<Long, Answer>> answers = em.createQuery("select a from Answer a where a.invitationId in"
              + " (select i.id from Invitation i where i.questionnaireId = :q)", Answer.class)
          .setParameter("q", questionnaireId).getResultList().stream()
          .collect(Collectors.groupingBy(Answer::invitationId,
              Collectors.toMap(Answer::questionId, Function.identity())));
      for (Invitation invitation : answered) {
        List<Object> row = new ArrayList<>(List.of(invitation.answeredAt(), invitation.projectName(),
            invitation.ticketId(), invitation.ticketTitle()));
        Map<Long, Answer> of = answers.getOrDefault(invitation.id(), Map.of());
        found.questions().forEach(q -> row.add(of.containsKey(q.id()) ? of.get(q.id()).cell() : null));
        rows.add(row);
      }
      return found;
    });
    List<String> header = new ArrayList<>(List.of(texts.getString("export.answeredAt"),
        texts.getString("export.project"), texts.getString("export.ticket"), texts.getString("export.title")));
    detail.questions().forEach(q -> header.add((q.position() + 1) + ". " + q.text()));
    return context.spreadsheets().workbook(detail.questionnaire().name(), header, rows);
  }

  /** Closes the open surveys whose time to answer is over. @return how many */
  public int expireOverdue() {
    Instant now = context.clock().instant();
    return context.data().transaction(em -> {
      List<Invitation> overdue = em.createQuery(
              "select i from Invitation i where i.status = :open and i.expiresAt <= :now", Invitation.class)
          .setParameter("open", InvitationStatus.OPEN).setParameter("now", now).getResultList();
      overdue.forEach(Invitation::expire);
      return overdue.size();
    });
  }

  /** @return the satisfaction (1–5) and NPS of the surveys answered in the last 30 days */
  public List<Metric> metrics() {
    Instant since = context.clock().instant().minus(METRIC_PERIOD);
    Results recent = context.data().transaction(em ->
        Results.of(0, rows(em, "i.answeredAt >= :since", Map.of("since", since))));
    List<Metric> metrics = new ArrayList<>();
    metrics.add(new Metric("satisfaction", new Label("近30天满意度", "Satisfaction, last 30 days"),
        recent.average() == null ? "—" : String.format(Locale.ROOT, "%.2f", recent.average()), " / 5",
        recent.average() == null ? Metric.Signal.NONE
            : recent.average() >= 4.0 ? Metric.Signal.GREEN
            : recent.average() >= 3.5 ? Metric.Signal.YELLOW : Metric.Signal.RED));
    if (recent.nps() != null) {
      metrics.add(new Metric("nps", new Label("近30天 NPS", "NPS, last 30 days"), String.valueOf(recent.nps()), "",
          recent.nps() >= 30 ? Metric.Signal.GREEN : recent.nps() >= 0 ? Metric.Signal.YELLOW : Metric.Signal.RED));
    }
    return metrics;
  }

  /** @return the company's time zone, for the dates people read */
  public ZoneId zone() {
    return context.zone();
  }

  /** @return whether the caller may build questionnaires */
  public static boolean manages(Caller caller) {
    return MANAGERS.stream().anyMatch(caller::has);
  }

  private Questionnaire create(EntityManager em, String name, Template template, boolean afterService) {
    if (afterService) {
      em.createQuery("select q from Questionnaire q where q.afterService = true", Questionnaire.class)
          .getResultList().forEach(q -> q.afterService(false));
    }
    Questionnaire questionnaire = new Questionnaire(name, template, afterService, context.clock().instant());
    em.persist(questionnaire);
    em.flush(); // its id, for its questions
    List<Template.Draft> drafts = template.questions();
    for (int i = 0; i < drafts.size(); i++) {
      em.persist(new Question(questionnaire.id(), i, drafts.get(i)));
    }
    return questionnaire;
  }

  private static Detail detail(EntityManager em, long id) {
    Questionnaire questionnaire = em.find(Questionnaire.class, id);
    if (questionnaire == null) {
      throw new NoSuchElementException("questionnaire " + id);
    }
    return new Detail(questionnaire, questions(em, id));
  }

  private static List<Question> questions(EntityManager em, long questionnaireId) {
    return em.createQuery("select q from Question q where q.questionnaireId = :q order by q.position", Question.class)
        .setParameter("q", questionnaireId).getResultList();
  }

  private Sheet sheet(EntityManager em, Caller caller, long invitationId) {
    Long household = householdOf(caller);
    Invitation invitation = em.find(Invitation.class, invitationId);
    if (household == null || invitation == null || invitation.householdId() != household
        || invitation.opensAt().isAfter(context.clock().instant())) {
      throw new NoSuchElementException("survey " + invitationId);
    }
    return new Sheet(invitation, em.find(Questionnaire.class, invitation.questionnaireId()),
        questions(em, invitation.questionnaireId()));
  }

  private static List<Results.Row> rows(EntityManager em, String condition, Map<String, Object> parameters) {
    var query = em.createQuery("select i.id, q.kind, q.dimension, a.score, i.projectId, i.projectName,"
        + " i.answeredMonth from Answer a, Question q, Invitation i where a.questionId = q.id"
        + " and a.invitationId = i.id and a.score is not null and " + condition, Object[].class);
    parameters.forEach(query::setParameter);
    return query.getResultList().stream().map(r -> new Results.Row((Long) r[0], (QuestionKind) r[1],
        (Dimension) r[2], (Integer) r[3], (Long) r[4], (String) r[5], (String) r[6])).toList();
  }

  private Long householdOf(Caller caller) {
    if (!caller.isResident()) {
      return null;
    }
    return context.residents().resident(caller.id()).map(r -> r.householdId()).orElse(null);
  }

  private static void requireStaff(Caller caller) {
    if (caller.isResident()) {
      throw new SurveyRefused(SurveyRefused.Reason.FORBIDDEN, "only staff see questionnaires and results");
    }
  }

  private static void requireManager(Caller caller) {
    if (!manages(caller)) {
      throw new SurveyRefused(SurveyRefused.Reason.FORBIDDEN,
          "only the company's admin, directors and project managers build questionnaires");
    }
  }
}
