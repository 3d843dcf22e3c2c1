package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.identity.SignedInUser;
import io.linli.ledger.ContactKind;
import io.linli.ledger.HouseholdTimeline;
import io.linli.ledger.LedgerEntry;
import io.linli.ledger.LedgerService;
import io.linli.people.Resident;
import io.linli.web.rest.Json.HouseholdJson;
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
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The communication ledger (沟通台账): contacts with households, each household's timeline, and the Excel export. */
@Path("")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {


  @Inject LedgerService ledger;
  @Inject Clock clock;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  /** A contact to record. (A class: see NewTenant.) */
  public static final class ContactJson {
    @NotNull(message = "is required")
    @Pattern(regexp = "PHONE_CALL|HOME_VISIT|FACE_TO_FACE|MESSAGE|MEETING",
        message = "must be PHONE_CALL, HOME_VISIT, FACE_TO_FACE, MESSAGE or MEETING")
    final String kind;

    /** When it happened; now if left out. */
    final Instant occurredAt;

    @Size(max = 500, message = "is at most 500 characters")
    final String participants;

    @NotBlank(message = "is required")
    @Size(max = 4000, message = "is at most 4000 characters")
    final String content;

    @Size(max = 1000, message = "is at most 1000 characters")
    final String followUp;

    final LocalDate followUpBy;

    @JsonbCreator
    public ContactJson(@JsonbProperty("kind") String kind, @JsonbProperty("occurredAt") Instant occurredAt,
        @JsonbProperty("participants") String participants, @JsonbProperty("content") String content,
        @JsonbProperty("followUp") String followUp, @JsonbProperty("followUpBy") LocalDate followUpBy) {
      this.kind = kind;
      this.occurredAt = occurredAt;
      this.participants = participants;
      this.content = content;
      this.followUp = followUp;
      this.followUpBy = followUpBy;
    }
  }

  /** A recorded contact. */
  public record EntryJson(long id, long householdId, String kind, Instant occurredAt, String participants,
      String content, String followUp, LocalDate followUpBy, TicketJson.Person recordedBy, Instant recordedAt) {
    static EntryJson of(LedgerEntry e) {
      return new EntryJson(e.id(), e.household().id(), e.kind().name(), e.occurredAt(), e.participants(),
          e.content(), e.followUp(), e.followUpBy(),
          new TicketJson.Person(e.recordedBy().id(), e.recordedBy().displayName()), e.recordedAt());
    }
  }

  /** One moment of a household's timeline: a contact or a ticket. */
  public record MomentJson(String type, Instant at, EntryJson contact, TicketJson ticket) {}

  /** Someone living in the household. */
  public record ResidentJson(long id, String name, String relation) {
    static ResidentJson of(Resident r) {
      return new ResidentJson(r.id(), r.name(), r.relation().name());
    }
  }

  /** A household's page. */
  public record TimelineJson(HouseholdJson household, List<ResidentJson> residents, List<MomentJson> moments) {}

  /** Records a contact with a household of the caller's places. */
  @POST
  @Path("households/{id}/ledger")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("id") long householdId,
      @Valid @NotNull(message = "a JSON body is required") ContactJson body) {
    LedgerEntry entry = ledger.record(user(), householdId, new LedgerEntry.Contact(
        ContactKind.valueOf(body.kind), body.occurredAt, body.participants, body.content, body.followUp,
        body.followUpBy));
    return Response.created(URI.create("/api/households/" + householdId + "/timeline"))
        .entity(EntryJson.of(entry)).build();
  }

  /** The household's residents, and its contacts and tickets on one timeline, newest first. */
  @GET
  @Path("households/{id}/timeline")
  public TimelineJson timeline(@PathParam("id") long householdId) {
    HouseholdTimeline timeline = ledger.timeline(user(), householdId);
    Instant now = clock.instant();
    return new TimelineJson(HouseholdJson.of(timeline.household()),
        timeline.residents().stream().map(ResidentJson::of).toList(),
        timeline.moments().stream().map(m -> m instanceof HouseholdTimeline.Contacted c
            ? new MomentJson("CONTACT", m.at(), EntryJson.of(c.entry()), null)
            : new MomentJson("TICKET", m.at(), null,
                TicketJson.of(((HouseholdTimeline.Requested) m).ticket(), now))).toList());
  }

  /**
   * The ledger of a period as an Excel workbook, in the caller's language: days {@code from} to {@code to}
   * (inclusive; this month so far by default), of every place the caller works in, or of one project or household.
   * Written to a temporary file first, so that a household or project the caller may not see is a 404 rather than
   * a broken download, and memory stays flat however long the period.
   */
  @GET
  @Path("ledger.xlsx")
  @Produces(Spreadsheets.XLSX)
  public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("project") Long projectId, @QueryParam("household") Long householdId) throws IOException {
    LocalDate today = LocalDate.now(clock.withZone(LedgerService.ZONE));
    var period = new LedgerService.Period(day("from", from, today.withDayOfMonth(1)), day("to", to, today),
        projectId, householdId);
    Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
    return Spreadsheets.attachment("ledger-" + period.from() + "-" + period.to() + ".xlsx",
        out -> ledger.export(user(), period, locale, out));
  }

  private static LocalDate day(String name, String value, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + ": must be a day such as 2026-11-01");
    }
  }

  private SignedInUser user() {
    return (SignedInUser) security.getUserPrincipal();
  }
}
