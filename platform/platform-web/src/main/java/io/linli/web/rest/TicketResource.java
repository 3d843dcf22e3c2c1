package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.RESIDENT;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.identity.SignedInUser;
import io.linli.web.TicketFilters;
import io.linli.web.TicketSheets;
import io.linli.replyscript.ReplyScriptService;
import io.linli.ticket.Channel;
import io.linli.ticket.Priority;
import io.linli.ticket.Photo;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketAction;
import io.linli.ticket.TicketLocation;
import io.linli.ticket.TicketPhoto;
import io.linli.ticket.TicketQuery;
import io.linli.ticket.TicketService;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import java.util.Locale;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Tickets: what the owner app and integrations use to file, follow and move requests. */
@Path("tickets")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN,
    RESIDENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

  @Inject TicketService tickets;
  @Inject ReplyScriptService replyScripts;
  @Inject Clock clock;
  @Inject TicketSheets sheets;
  @Context SecurityContext security;

  /** A new request. Staff name the household; a resident's is their own. (A class: see NewTenant.) */
  public static final class NewTicketJson {
    final Long householdId;

    @NotNull(message = "is required")
    @Pattern(regexp = "[a-z][a-z_]{1,31}", message = "must be a category code such as repair")
    final String category;

    @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "must be LOW, NORMAL, HIGH or URGENT")
    final String priority;

    @Pattern(regexp = "PORTAL|APP|PHONE|VISIT|WECHAT|EMAIL", message = "must be PORTAL, APP, PHONE, VISIT, WECHAT or EMAIL")
    final String channel;

    @NotBlank(message = "is required")
    @Size(max = 120, message = "is at most 120 characters")
    final String title;

    @Size(max = 4000, message = "is at most 4000 characters")
    final String description;

    /** UNIT (the default) or COMMON_AREA, which needs the spot. */
    @Pattern(regexp = "UNIT|COMMON_AREA", message = "must be UNIT or COMMON_AREA")
    final String location;

    @Size(max = 120, message = "is at most 120 characters")
    final String spot;

    @JsonbCreator
    public NewTicketJson(@JsonbProperty("householdId") Long householdId, @JsonbProperty("category") String category,
        @JsonbProperty("priority") String priority, @JsonbProperty("channel") String channel,
        @JsonbProperty("title") String title, @JsonbProperty("description") String description,
        @JsonbProperty("location") String location, @JsonbProperty("spot") String spot) {
      this.householdId = householdId;
      this.category = category;
      this.priority = priority;
      this.channel = channel;
      this.title = title;
      this.description = description;
      this.location = location;
      this.spot = spot;
    }
  }

  /** An action on a ticket, with what goes with it. (A class: see NewTenant.) */
  public static final class ActionJson {
    @NotNull(message = "is required")
    @Pattern(regexp = "CLASSIFY|DISPATCH|CLAIM|START|ARRIVE|HOLD|RESUME|RESOLVE|RETURN_VISIT|CLOSE|REOPEN|RATE|URGE|COMMENT",
        message = "is not an action")
    final String action;

    @Size(max = 2000, message = "is at most 2000 characters")
    final String text;

    final Long assigneeId;

    @Pattern(regexp = "[a-z][a-z_]{1,31}", message = "must be a category code such as repair")
    final String category;

    @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "must be LOW, NORMAL, HIGH or URGENT")
    final String priority;

    /** 1 to 5; the ticket checks it (Payara's OpenAPI scanner fails on @Min/@Max here). */
    final Integer rating;

    @Pattern(regexp = "PORTAL|APP|PHONE|VISIT|WECHAT|EMAIL", message = "must be PORTAL, APP, PHONE, VISIT, WECHAT or EMAIL")
    final String channel;

    @JsonbCreator
    public ActionJson(@JsonbProperty("action") String action, @JsonbProperty("text") String text,
        @JsonbProperty("assigneeId") Long assigneeId, @JsonbProperty("category") String category,
        @JsonbProperty("priority") String priority, @JsonbProperty("rating") Integer rating,
        @JsonbProperty("channel") String channel) {
      this.action = action;
      this.text = text;
      this.assigneeId = assigneeId;
      this.category = category;
      this.priority = priority;
      this.rating = rating;
      this.channel = channel;
    }
  }

  /**
   * Files a ticket. A request repeated with the same {@code Idempotency-Key} returns the first one's ticket (200)
   * instead of filing another (201), also when both arrive at the same moment.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Valid @NotNull(message = "a JSON body is required") NewTicketJson body) {
    var filing = new TicketService.Filing(body.householdId, new Ticket.Report(body.category,
        body.priority == null ? Priority.NORMAL : Priority.valueOf(body.priority),
        body.channel == null ? Channel.PORTAL : Channel.valueOf(body.channel), body.title.trim(), body.description,
        body.location == null ? TicketLocation.unit()
            : TicketLocation.of(TicketLocation.Place.valueOf(body.location), body.spot)));
    TicketService.Filed filed;
    try {
      filed = tickets.file(user(), filing, idempotencyKey);
    } catch (RuntimeException e) {
      if (idempotencyKey == null || !ProblemMappers.isUniqueKeyClash(e)) {
        throw e;
      }
      // the same key sent twice at once: the other request filed it, and its ticket is this one's answer
      filed = tickets.file(user(), filing, idempotencyKey);
    }
    TicketJson json = TicketJson.of(filed.ticket(), clock.instant());
    return filed.created()
        ? Response.created(URI.create("/api/tickets/" + json.id())).entity(json).build()
        : Response.ok(json).build();
  }

  /** The tickets the caller may see, newest first; pass {@code next} of a page as {@code before} for the next. */
  @GET
  public TicketJson.PageJson queue(@QueryParam("before") Long before,
      @QueryParam("limit") @DefaultValue("20") int limit, @Context UriInfo uri) {
    Instant now = clock.instant();
    List<Ticket> page = tickets.queue(user(), new TicketQuery(TicketFilters.parse(uri.getQueryParameters()), before,
        limit, now));
    String next = page.size() < limit ? null : String.valueOf(page.get(page.size() - 1).id());
    return new TicketJson.PageJson(page.stream().map(t -> TicketJson.of(t, now)).toList(), next);
  }

  /** The same tickets as the queue, all of them, as an Excel sheet (streamed: flat memory at any length). */
  @GET
  @Path("export")
  @Produces(Spreadsheets.XLSX)
  public Response export(@Context UriInfo uri, @Context HttpHeaders headers) throws IOException {
    TicketQuery.Filter filter = TicketFilters.parse(uri.getQueryParameters());
    Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
    return Spreadsheets.attachment("tickets.xlsx", out -> sheets.write(user(), filter, locale, out));
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "200", description = "the ticket; its ETag is its version",
      content = @Content(schema = @Schema(implementation = TicketJson.class)))
  public Response ticket(@PathParam("id") long id) {
    Ticket ticket = tickets.ticket(user(), id).orElseThrow();
    return Response.ok(TicketJson.of(ticket, clock.instant())).tag(etag(ticket)).build();
  }

  @GET
  @Path("{id}/timeline")
  public List<TicketJson.EventJson> timeline(@PathParam("id") long id) {
    return tickets.timeline(user(), id).stream().map(TicketJson.EventJson::of).toList();
  }

  /** The tenant's reply scripts that fit the ticket, filled in from it, for an agent's reply. */
  @GET
  @Path("{id}/reply-scripts")
  public List<ReplyScriptService.Rendered> replyScripts(@PathParam("id") long id) {
    return replyScripts.forTicket(user(), id);
  }

  /** A photo's facts; its bytes are at {@code /api/tickets/{id}/photos/{photoId}}. */
  public record PhotoJson(long id, String mediaType, int size, String uploadedBy, Instant uploadedAt) {
    static PhotoJson of(TicketPhoto p) {
      return new PhotoJson(p.id(), p.kind().mediaType(), p.size(), p.uploadedBy().name(), p.uploadedAt());
    }
  }

  /**
   * Attaches a photo sent as the raw body (image/jpeg, image/png or image/webp, at most 5 MB, 6 per ticket): 415 for
   * anything that is not such an image, 413 when too large.
   */
  @POST
  @Path("{id}/photos")
  @Consumes({"image/jpeg", "image/png", "image/webp"})
  public Response attach(@PathParam("id") long id, InputStream body) throws IOException {
    byte[] content = body.readNBytes(Photo.MAX_BYTES + 1); // one byte more tells "too large" without reading it all
    TicketPhoto photo = tickets.attach(user(), id, content, null);
    return Response.created(URI.create("/api/tickets/" + id + "/photos/" + photo.id()))
        .entity(PhotoJson.of(photo)).build();
  }

  @GET
  @Path("{id}/photos")
  public List<PhotoJson> photos(@PathParam("id") long id) {
    return tickets.photos(user(), id).stream().map(PhotoJson::of).toList();
  }

  @GET
  @Path("{id}/photos/{photoId}")
  @Produces(MediaType.WILDCARD)
  public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
    TicketPhoto photo = tickets.photo(user(), id, photoId);
    return Response.ok(photo.content(), photo.kind().mediaType()).build();
  }

  /**
   * Moves a ticket: 409 naming the current status when its status does not allow the action. With
   * {@code If-Match: "<version>"} (the ETag of the ticket as the caller saw it), 409 too when someone changed the
   * ticket since, so that nothing is overwritten unseen.
   */
  @POST
  @Path("{id}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "the ticket after the action; its ETag is its new version",
      content = @Content(schema = @Schema(implementation = TicketJson.class)))
  public Response act(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "a JSON body is required") ActionJson body) {
    Ticket ticket = tickets.act(user(), id, new TicketService.Request(TicketAction.valueOf(body.action), body.text,
        body.assigneeId, body.category, body.priority == null ? null : Priority.valueOf(body.priority), body.rating,
        body.channel == null ? null : Channel.valueOf(body.channel), expectedVersion(ifMatch)));
    return Response.ok(TicketJson.of(ticket, clock.instant())).tag(etag(ticket)).build();
  }

  private static EntityTag etag(Ticket ticket) {
    return new EntityTag(Long.toString(ticket.version()));
  }

  /** @return the version an {@code If-Match} names; null for none or {@code *} */
  private static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
    if (!tag.matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException("If-Match: must be the ticket's ETag, such as \"3\"");
    }
    return Long.parseLong(tag);
  }

  private SignedInUser user() {
    return (SignedInUser) security.getUserPrincipal();
  }
}
