package io.linli.survey;

import io.linli.api.Caller;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The surveys' REST API under {@code /api/plugins/survey/}: questionnaires and results for staff, open surveys and
 * answers for owners. Refusals are 403 (not yours to do) and 409 (the survey is no longer open).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyApi {

  private final SurveyService surveys;
  private final Caller caller;

  SurveyApi(SurveyService surveys, Caller caller) {
    this.surveys = surveys;
    this.caller = caller;
  }

  /** A new questionnaire. */
  public record NewQuestionnaire(String name, Template template, boolean afterService) {}

  public record QuestionJson(long id, int number, QuestionKind kind, String text, Dimension dimension,
      List<String> options) {

    static QuestionJson of(Question q) {
      return new QuestionJson(q.id(), q.position() + 1, q.kind(), q.text(), q.dimension(), q.options());
    }
  }

  public record QuestionnaireJson(long id, String name, Template template, boolean afterService,
      List<QuestionJson> questions) {

    static QuestionnaireJson of(Questionnaire q, List<Question> questions) {
      return new QuestionnaireJson(q.id(), q.name(), q.template(), q.afterService(),
          questions.stream().map(QuestionJson::of).toList());
    }
  }

  public record InvitationJson(long id, long ticketId, String ticketTitle, String project, String status,
      String opensAt, String expiresAt, QuestionnaireJson questionnaire) {}

  /** An owner's answers. */
  public record AnswersJson(List<AnswerSheet.Response> answers) {}

  @GET
  @Path("questionnaires")
  public List<QuestionnaireJson> questionnaires() {
    return refusing(() -> surveys.questionnaires(caller).stream()
        .map(q -> QuestionnaireJson.of(q, List.of())).toList());
  }

  @POST
  @Path("questionnaires")
  public Response create(NewQuestionnaire body) {
    if (body == null || body.template() == null) {
      throw new IllegalArgumentException("template: is required, one of SERVQUAL, NPS, POST_SERVICE, BLANK");
    }
    Questionnaire created = refusing(() -> surveys.create(caller, body.name(), body.template(), body.afterService()));
    return Response.status(Response.Status.CREATED).entity(questionnaire(created.id())).build();
  }

  @GET
  @Path("questionnaires/{id}")
  public QuestionnaireJson questionnaire(@PathParam("id") long id) {
    SurveyService.Detail detail = refusing(() -> surveys.questionnaire(caller, id));
    return QuestionnaireJson.of(detail.questionnaire(), detail.questions());
  }

  @POST
  @Path("questionnaires/{id}/questions")
  public Response addQuestion(@PathParam("id") long id, Template.Draft body) {
    if (body == null) {
      throw new IllegalArgumentException("the body is required: kind, text, options, dimension");
    }
    Question added = refusing(() -> surveys.addQuestion(caller, id, body));
    return Response.status(Response.Status.CREATED).entity(QuestionJson.of(added)).build();
  }

  @GET
  @Path("questionnaires/{id}/results")
  public Results results(@PathParam("id") long id) {
    return refusing(() -> surveys.results(caller, id));
  }

  @GET
  @Path("questionnaires/{id}/export")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response export(@PathParam("id") long id) {
    byte[] workbook = refusing(() -> surveys.export(caller, id, Locale.CHINA));
    return Response.ok(workbook)
        .header("Content-Disposition", "attachment; filename=\"survey-" + id + ".xlsx\"").build();
  }

  @GET
  @Path("invitations")
  public List<InvitationJson> invitations() {
    return surveys.openFor(caller).stream().map(i -> invitation(i, null)).toList();
  }

  @GET
  @Path("invitations/{id}")
  public InvitationJson invitation(@PathParam("id") long id) {
    SurveyService.Sheet sheet = surveys.sheet(caller, id);
    return invitation(sheet.invitation(), QuestionnaireJson.of(sheet.questionnaire(), sheet.questions()));
  }

  @POST
  @Path("invitations/{id}/answers")
  public Response answer(@PathParam("id") long id, AnswersJson body) {
    if (body == null || body.answers() == null) {
      throw new IllegalArgumentException("answers: is required");
    }
    refusing(() -> {
      surveys.answer(caller, id, body.answers());
      return null;
    });
    return Response.noContent().build();
  }

  private static InvitationJson invitation(Invitation i, QuestionnaireJson questionnaire) {
    return new InvitationJson(i.id(), i.ticketId(), i.ticketTitle(), i.projectName(), i.status().name(),
        i.opensAt().toString(), i.expiresAt().toString(), questionnaire);
  }

  private static <T> T refusing(Supplier<T> call) {
    try {
      return call.get();
    } catch (SurveyRefused e) {
      throw new ClientErrorException(e.getMessage(),
          e.reason() == SurveyRefused.Reason.FORBIDDEN ? Response.Status.FORBIDDEN : Response.Status.CONFLICT);
    }
  }
}
