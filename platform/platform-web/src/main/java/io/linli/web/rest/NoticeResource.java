package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.RESIDENT;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.notice.Notice;
import io.linli.notice.NoticeService;
import io.linli.notice.Severity;
import io.linli.notification.DeliveryChannel;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * 公告: staff publish notices and follow how far each has reached; residents read their household's and acknowledge
 * the critical ones (已知晓).
 */
@Path("notices")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN,
    RESIDENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

  @Inject NoticeService notices;
  @Context SecurityContext security;

  /** A notice to publish. (A class: see NewTenant.) */
  public static final class DraftJson {
    @NotBlank(message = "is required")
    @Size(max = 120, message = "is at most 120 characters")
    final String title;

    @NotBlank(message = "is required: rich text (HTML); scripts and event handlers are removed")
    final String body;

    @NotNull(message = "is required")
    @Pattern(regexp = "NORMAL|IMPORTANT|CRITICAL", message = "must be NORMAL, IMPORTANT or CRITICAL")
    final String severity;

    /** The project whose households it is for; the whole company when no audience is given. */
    final Long projectId;

    /** The building whose households it is for. */
    final Long buildingId;

    /** The households it is for. */
    @Size(max = 500, message = "at most 500; for more, choose a building or project")
    final List<@NotNull(message = "must be a household id, not null") Long> householdIds;

    /** A saved resident filter (客户分群) whose households it is for, as they are when it goes out. */
    final Long filterId;

    /** Besides the portal: WEB_PUSH, SMS, EMAIL, PHONE, PLUGIN (the plugins' channels). */
    final List<@NotNull(message = "must be a channel, not null")
        @Pattern(regexp = "PORTAL|WEB_PUSH|SMS|EMAIL|PHONE|PLUGIN",
            message = "must be PORTAL, WEB_PUSH, SMS, EMAIL, PHONE or PLUGIN")
        String> channels;

    /** Sent in owners' quiet hours too. */
    final boolean emergency;

    /** When it goes out; now when left out. */
    final Instant publishAt;

    @JsonbCreator
    public DraftJson(@JsonbProperty("title") String title, @JsonbProperty("body") String body,
        @JsonbProperty("severity") String severity, @JsonbProperty("projectId") Long projectId,
        @JsonbProperty("buildingId") Long buildingId, @JsonbProperty("householdIds") List<Long> householdIds,
        @JsonbProperty("filterId") Long filterId, @JsonbProperty("channels") List<String> channels,
        @JsonbProperty("emergency") Boolean emergency, @JsonbProperty("publishAt") Instant publishAt) {
      this.title = title;
      this.body = body;
      this.severity = severity;
      this.projectId = projectId;
      this.buildingId = buildingId;
      this.householdIds = householdIds;
      this.filterId = filterId;
      this.channels = channels;
      this.emergency = Boolean.TRUE.equals(emergency);
      this.publishAt = publishAt;
    }
  }

  /**
   * A notice: for a resident with what their household did ({@code read}, {@code acknowledged}); for staff with its
   * audience, channels and reach ({@code households} it is for, how many read and acknowledged it, the rate in
   * percent, and — for one notice — the messages per channel by status, e.g. {@code {"SMS": {"SENT": 3}}}; for a
   * saved filter's audience, its id and its name when the notice went out).
   */
  public record NoticeJson(long id, String title, String body, String severity, Long projectId, Instant publishedAt,
      boolean asksAcknowledgement, Boolean read, Boolean acknowledged, Long households, Long readBy,
      Long acknowledgedBy, Integer acknowledgementRate, String audience, Long buildingId, List<String> channels,
      Boolean emergency, Map<String, Map<String, Long>> deliveries, Long filterId, String filter) {

    static NoticeJson of(NoticeService.ForHousehold n) {
      return base(n.notice(), n.read(), n.acknowledged(), null);
    }

    static NoticeJson of(NoticeService.Reach r) {
      return base(r.notice(), null, null, r);
    }

    private static NoticeJson base(Notice n, Boolean read, Boolean acknowledged, NoticeService.Reach reach) {
      boolean staff = reach != null;
      return new NoticeJson(n.id(), n.title(), n.body(), n.severity().name(),
          n.project() == null ? null : n.project().id(), n.publishedAt(), n.asksAcknowledgement(), read,
          acknowledged, staff ? reach.households() : null, staff ? reach.read() : null,
          staff ? reach.acknowledged() : null, staff ? reach.acknowledgementRate() : null,
          staff ? n.audience().name() : null, staff && n.building() != null ? n.building().id() : null,
          staff ? n.channels().stream().map(Enum::name).toList() : null, staff ? n.emergency() : null,
          staff ? deliveries(reach) : null, staff ? n.segmentId() : null, staff ? n.segmentName() : null);
    }

    private static Map<String, Map<String, Long>> deliveries(NoticeService.Reach reach) {
      Map<String, Map<String, Long>> byChannel = new TreeMap<>();
      reach.deliveries().forEach((channel, statuses) -> {
        Map<String, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status.name(), count));
        byChannel.put(channel.name(), counts);
      });
      return byChannel;
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(@Valid @NotNull DraftJson draft) {
    Set<DeliveryChannel> channels = draft.channels == null ? Set.of()
        : draft.channels.stream().map(DeliveryChannel::valueOf).collect(Collectors.toSet());
    Notice notice = notices.publish(user(), new NoticeService.Draft(draft.title, draft.body,
        Severity.valueOf(draft.severity), draft.projectId, draft.buildingId, draft.householdIds, draft.filterId,
        channels,
        draft.emergency, draft.publishAt));
    return Response.status(Response.Status.CREATED).entity(NoticeJson.of(notices.reach(user(), notice.id())))
        .build();
  }

  /** Staff: every notice with its reach. Residents: their household's, newest first. */
  @GET
  public List<NoticeJson> list() {
    SignedInUser user = user();
    return user.kind() == AccountKind.RESIDENT
        ? notices.forResident(user).stream().map(NoticeJson::of).toList()
        : notices.published(user).stream().map(NoticeJson::of).toList();
  }

  /** Staff: the notice's reach. Residents: the notice, now read by their household. */
  @GET
  @Path("{id}")
  public NoticeJson notice(@PathParam("id") long id) {
    SignedInUser user = user();
    return user.kind() == AccountKind.RESIDENT
        ? NoticeJson.of(notices.read(user, id))
        : NoticeJson.of(notices.reach(user, id));
  }

  /** A resident says 已知晓 for their household. */
  @POST
  @Path("{id}/acknowledgement")
  public NoticeJson acknowledge(@PathParam("id") long id) {
    return NoticeJson.of(notices.acknowledge(user(), id));
  }

  private SignedInUser user() {
    return (SignedInUser) security.getUserPrincipal();
  }
}
