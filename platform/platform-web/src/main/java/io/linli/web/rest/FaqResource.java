package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.RESIDENT;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.identity.SignedInUser;
import io.linli.knowledge.Article;
import io.linli.knowledge.KnowledgeForbidden;
import io.linli.knowledge.KnowledgeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * 知识库 / 常见问题: residents and staff search the company's published articles in Chinese, best first; writers
 * (admin, director, project manager, agent) add and revise them; a resident says one answered their question.
 */
@Path("faq")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN,
    RESIDENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class FaqResource {

  @Inject KnowledgeService knowledge;
  @Context SecurityContext security;

  /** An article to write. (A class: see NewTenant.) */
  public static final class DraftJson {
    @NotBlank(message = "is required")
    @Size(max = 120, message = "is at most 120 characters")
    final String question;

    @NotBlank(message = "is required: rich text (HTML); scripts and event handlers are removed")
    final String answer;

    /** A ticket category (repair, fee …), or none. */
    final String category;

    /** Separated by commas, 、 or spaces. */
    @Size(max = 200, message = "are at most 200 characters")
    final String keywords;

    /** Owners see it; true when left out, false for a draft. */
    final Boolean published;

    @JsonbCreator
    public DraftJson(@JsonbProperty("question") String question, @JsonbProperty("answer") String answer,
        @JsonbProperty("category") String category, @JsonbProperty("keywords") String keywords,
        @JsonbProperty("published") Boolean published) {
      this.question = question;
      this.answer = answer;
      this.category = category;
      this.keywords = keywords;
      this.published = published;
    }

    KnowledgeService.Draft draft() {
      return new KnowledgeService.Draft(question, answer, category, keywords, published == null || published);
    }
  }

  /** A search result: {@code snippet} is plain text from the answer around the first word found. */
  public record HitJson(long id, String question, String category, String snippet, float score) {}

  /**
   * An article; {@code helpful} is how many households said it answered their question, {@code helpedMyHousehold}
   * (residents) whether theirs did.
   */
  public record ArticleJson(long id, String question, String answer, String category, List<String> keywords,
      boolean published, Instant updatedAt, long helpful, Boolean helpedMyHousehold) {

    static ArticleJson of(KnowledgeService.Read read, boolean resident) {
      Article a = read.article();
      return new ArticleJson(a.id(), a.question(), a.answer(), a.category(),
          a.keywords().isEmpty() ? List.of() : List.of(a.keywords().split("、")), a.published(), a.updatedAt(),
          read.helpful(), resident ? read.helpedMyHousehold() : null);
    }
  }

  /** {@code ?q=停车费怎么交&limit=10}: the published articles that answer it, best first (400 without q). */
  @GET
  public List<HitJson> search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
    if (limit < 1 || limit > 20) {
      throw new IllegalArgumentException("limit: must be 1 to 20");
    }
    return knowledge.search(user(), q, limit).stream().map(f -> new HitJson(f.article().id(), f.article().question(),
        f.article().category(), f.snippet(), f.score())).toList();
  }

  /** Staff read any article of the company, residents the published ones. */
  @GET
  @Path("{id}")
  public ArticleJson article(@PathParam("id") long id) {
    return ArticleJson.of(knowledge.article(user(), id), !user().isStaff());
  }

  @POST
  @RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, CUSTOMER_SERVICE_AGENT})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(@Valid @NotNull DraftJson draft) {
    Article article = knowledge.write(user(), null, draft.draft());
    return Response.status(Response.Status.CREATED)
        .entity(ArticleJson.of(knowledge.article(user(), article.id()), false)).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, CUSTOMER_SERVICE_AGENT})
  @Consumes(MediaType.APPLICATION_JSON)
  public ArticleJson revise(@PathParam("id") long id, @Valid @NotNull DraftJson draft) {
    knowledge.write(user(), id, draft.draft());
    return ArticleJson.of(knowledge.article(user(), id), false);
  }

  /** A resident says 这解决了我的问题 for their household; once per household, again changes nothing. */
  @POST
  @Path("{id}/helpful")
  @RolesAllowed(RESIDENT)
  public ArticleJson helpful(@PathParam("id") long id) {
    return ArticleJson.of(knowledge.markHelpful(user(), id), true);
  }

  private SignedInUser user() {
    return (SignedInUser) security.getUserPrincipal();
  }

  /** Writing for staff writers only, 这解决了我的问题 for residents only: 403. */
  @Provider
  public static class Refusals extends ProblemMappers.WithStatus<KnowledgeForbidden> {
    public Refusals() {
      super(Response.Status.FORBIDDEN);
    }
  }
}
