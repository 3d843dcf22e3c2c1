package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.RESIDENT;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.identity.SignedInUser;
import io.linli.poll.Ballot;
import io.linli.poll.MatterKind;
import io.linli.poll.Poll;
import io.linli.poll.PollForbidden;
import io.linli.poll.PollOption;
import io.linli.poll.PollService;
import io.linli.poll.Tally;
import io.linli.poll.Thresholds;
import io.linli.poll.VotingClosed;
import io.linli.tenancy.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * 投票: staff create polls of a project's households; owners vote for their household and may change the vote
 * until close; staff and committee members follow the results and who voted.
 */
@Path("polls")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN,
    RESIDENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PollResource {

  @Inject PollService polls;
  @Context SecurityContext security;

  /** A poll to create. Times without an offset are the company's (China time). (A class: see NewTenant.) */
  public static final class DraftJson {
    @NotNull(message = "is required: the project whose households vote")
    final Long projectId;

    @NotBlank(message = "is required")
    @Size(max = 120, message = "is at most 120 characters")
    final String title;

    @Size(max = 4000, message = "is at most 4000 characters")
    final String description;

    @NotNull(message = "is required")
    @Pattern(regexp = "GENERAL|MAJOR|CONSULTATION", message = "must be GENERAL, MAJOR or CONSULTATION")
    final String kind;

    /** Single choice among these; left out: 同意/反对/弃权. */
    final List<String> options;

    /** 不记名: who voted is shown, never how. */
    final boolean secret;

    @NotBlank(message = "is required, e.g. 2026-12-01T09:00 (company time)")
    final String opensAt;

    @NotBlank(message = "is required, e.g. 2026-12-15T18:00 (company time)")
    final String closesAt;

    @Pattern(regexp = "\\d{1,4}/\\d{1,4}", message = "must be a fraction such as 2/3")
    final String participation;

    @Pattern(regexp = ">?\\d{1,4}/\\d{1,4}", message = "must be a fraction such as >1/2 (more than) or 3/4 (at least)")
    final String approval;

    @JsonbCreator
    public DraftJson(@JsonbProperty("projectId") Long projectId, @JsonbProperty("title") String title,
        @JsonbProperty("description") String description, @JsonbProperty("kind") String kind,
        @JsonbProperty("options") List<String> options, @JsonbProperty("secret") Boolean secret,
        @JsonbProperty("opensAt") String opensAt, @JsonbProperty("closesAt") String closesAt,
        @JsonbProperty("participation") String participation, @JsonbProperty("approval") String approval) {
      this.projectId = projectId;
      this.title = title;
      this.description = description;
      this.kind = kind;
      this.options = options;
      this.secret = Boolean.TRUE.equals(secret);
      this.opensAt = opensAt;
      this.closesAt = closesAt;
      this.participation = participation;
      this.approval = approval;
    }

    Poll.Draft draft() {
      MatterKind matter = MatterKind.valueOf(kind);
      Thresholds thresholds = participation == null && approval == null ? null : Thresholds.parse(
          participation != null ? participation : matter.defaults().participation().toString(),
          approval != null ? approval : matter.defaults().approvalRule());
      return new Poll.Draft(title, description, matter, options, secret, instant("opensAt", opensAt),
          instant("closesAt", closesAt), thresholds);
    }

    private static Instant instant(String field, String text) {
      try {
        return text.matches(".*(Z|[+-]\\d\\d:?\\d\\d)$") ? OffsetDateTime.parse(text).toInstant()
            : LocalDateTime.parse(text).atZone(Tenant.ZONE).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(field + ": must be a date and time such as 2026-12-01T09:00");
      }
    }
  }

  /** The household's choice. */
  public static final class BallotJson {
    @NotNull(message = "is required: the id of one of the poll's options")
    final Long option;

    @JsonbCreator
    public BallotJson(@JsonbProperty("option") Long option) {
      this.option = option;
    }
  }

  public record OptionJson(long id, String label, String stance) {
    static OptionJson of(PollOption o) {
      return new OptionJson(o.id(), o.label(), o.stance().name());
    }
  }

  public record CountJson(long households, BigDecimal area) {
    static CountJson of(Tally.Count c) {
      return new CountJson(c.households(), c.area());
    }
  }

  /** An option's ballots: households and area, and their shares of the participants' in percent. */
  public record OptionResultJson(long option, long households, BigDecimal area, BigDecimal householdShare,
      BigDecimal areaShare, boolean approved) {}

  /**
   * The count: the project's households and area, those that took part (turnout in percent, and whether each
   * reaches the threshold), per option, and the outcome (PASSED, REJECTED, TOO_FEW_TOOK_PART, CONSULTATION_ONLY).
   */
  public record ResultsJson(CountJson electorate, CountJson participants, BigDecimal householdTurnout,
      BigDecimal areaTurnout, boolean householdsTookPart, boolean areaTookPart, List<OptionResultJson> options,
      String outcome, Long passedOption) {
    static ResultsJson of(Tally.Results r) {
      return new ResultsJson(CountJson.of(r.electorate()), CountJson.of(r.participants()), r.householdTurnout(),
          r.areaTurnout(), r.householdsTookPart(), r.areaTookPart(),
          r.options().stream().map(o -> new OptionResultJson(o.option().id(), o.count().households(),
              o.count().area(), o.householdShare(), o.areaShare(), o.approved())).toList(),
          r.outcome().name(), r.passed().map(PollOption::id).orElse(null));
    }
  }

  /** The caller's household's ballot. */
  public record MyBallotJson(long option, Instant castAt, boolean changed) {
    static MyBallotJson of(Ballot b) {
      return new MyBallotJson(b.option().id(), b.castAt(), b.changed());
    }
  }

  /**
   * A poll: its thresholds ({@code participation} 2/3; {@code approval} {@code >1/2} more than, {@code 3/4} at
   * least), status (UPCOMING, OPEN, CLOSED), the caller's household's ballot, and the results when the caller may
   * see them (staff and committee always, owners after close).
   */
  public record PollJson(long id, long projectId, String title, String description, String kind, boolean secret,
      Instant opensAt, Instant closesAt, String participation, String approval, String status,
      List<OptionJson> options, MyBallotJson ballot, boolean mayVote, ResultsJson results) {
    static PollJson of(PollService.PollView v) {
      Poll p = v.poll();
      return new PollJson(p.id(), p.project().id(), p.title(), p.description(), p.kind().name(), p.secret(),
          p.opensAt(), p.closesAt(), p.thresholds().participation().toString(), p.thresholds().approvalRule(),
          v.status().name(), p.options().stream().map(OptionJson::of).toList(),
          v.ballot().map(MyBallotJson::of).orElse(null), v.mayVote(), v.results().map(ResultsJson::of).orElse(null));
    }
  }

  /** A poll in a list: how many households voted so far, and the option the caller's household chose. */
  public record ListedJson(long id, long projectId, String title, String kind, boolean secret, Instant opensAt,
      Instant closesAt, String status, long ballots, Long choice) {
    static ListedJson of(PollService.Listed l) {
      Poll p = l.poll();
      return new ListedJson(p.id(), p.project().id(), p.title(), p.kind().name(), p.secret(), p.opensAt(),
          p.closesAt(), l.status().name(), l.ballots(), l.choice().map(PollOption::id).orElse(null));
    }
  }

  /** A household that voted, when; {@code option} only for an open (记名) ballot. */
  public record AuditJson(Json.HouseholdJson household, Instant castAt, boolean changed, Long option) {
    static AuditJson of(PollService.AuditRow row) {
      return new AuditJson(Json.HouseholdJson.of(row.household()), row.castAt(), row.changed(),
          row.option().map(PollOption::id).orElse(null));
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Valid @NotNull(message = "a JSON body is required") DraftJson draft) {
    Poll poll = polls.create(user(), draft.projectId, draft.draft());
    return Response.status(Response.Status.CREATED).entity(PollJson.of(polls.view(user(), poll.id()))).build();
  }

  /** Staff: the polls of their projects. Residents: their project's and their committees', latest closing first. */
  @GET
  public List<ListedJson> list() {
    return polls.list(user()).stream().map(ListedJson::of).toList();
  }

  @GET
  @Path("{id}")
  public PollJson poll(@PathParam("id") long id) {
    return PollJson.of(polls.view(user(), id));
  }

  /** An owner votes for their household; again, and the household's ballot changes. 409 outside the window. */
  @PUT
  @Path("{id}/ballot")
  @Consumes(MediaType.APPLICATION_JSON)
  public PollJson vote(@PathParam("id") long id, @Valid @NotNull(message = "a JSON body is required") BallotJson b) {
    return PollJson.of(polls.vote(user(), id, b.option));
  }

  /** Staff and committee members: the households that voted, the latest first. */
  @GET
  @Path("{id}/audit")
  public List<AuditJson> audit(@PathParam("id") long id) {
    return polls.audit(user(), id).stream().map(AuditJson::of).toList();
  }

  private SignedInUser user() {
    return (SignedInUser) security.getUserPrincipal();
  }

  @Provider
  public static class PollRefusals extends ProblemMappers.WithStatus<PollForbidden> {
    public PollRefusals() {
      super(Response.Status.FORBIDDEN);
    }
  }

  /** A vote before the poll opens or after it closed: 409, saying when. */
  @Provider
  public static class VotingWindow extends ProblemMappers.WithStatus<VotingClosed> {
    public VotingWindow() {
      super(Response.Status.CONFLICT);
    }
  }
}
