package io.linli.web.rest;

import io.linli.audit.AuditEntry;
import io.linli.audit.AuditLog;
import io.linli.tenancy.Tenant;
import io.linli.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** 审计日志: what happened in the company, newest first, for its admin. There is nothing to change or delete. */
@Path("audit")
@RequestScoped
@SecurityRequirement(name = "bearer")
@RolesAllowed(StaffRoles.TENANT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  static final int MAX_PAGE = 200;

  @Inject AuditLog audit;
  @Context UriInfo uri;

  /** One entry; {@code actor.kind} is STAFF, RESIDENT or SYSTEM. */
  public record EntryJson(long id, Instant at, ActorJson actor, String action, String subjectType, Long subjectId,
      String detail, String clientAddress) {
    static EntryJson of(AuditEntry e) {
      return new EntryJson(e.id(), e.at(), new ActorJson(e.actor().kind(), e.actor().id(), e.actor().name()),
          e.action(), e.subjectType(), e.subjectId(), e.detail(), e.clientAddress());
    }
  }

  public record ActorJson(String kind, Long id, String name) {}

  /** A page of entries and the {@code before} of the next one (null on the last page). */
  public record PageJson(List<EntryJson> items, Long next) {}

  @GET
  @Operation(summary = "Audit entries, newest first. Filters: action (a whole action such as ticket.resolve, or a"
      + " family such as ticket), subjectType, subjectId, actorId, from/to (China days, to inclusive), before, limit")
  public PageJson entries() {
    QueryParameters query = new QueryParameters(uri.getQueryParameters());
    Long limit = query.id("limit");
    if (limit != null && (limit < 1 || limit > MAX_PAGE)) {
      throw new IllegalArgumentException("limit: must be 1 to " + MAX_PAGE);
    }
    int size = limit == null ? 50 : limit.intValue();
    String action = query.text("action");
    if (action != null && !action.matches("[a-z][a-z_.-]{0,39}")) {
      throw new IllegalArgumentException("action: must be an action such as ticket.resolve, or a family such as ticket");
    }
    List<AuditEntry> entries = audit.entries(new AuditLog.Query(action, query.text("subjectType"),
        query.id("subjectId"), query.id("actorId"), startOf(query.day("from")), startOf(dayAfter(query.day("to"))),
        query.id("before"), size + 1));
    List<EntryJson> page = entries.stream().limit(size).map(EntryJson::of).toList();
    return new PageJson(page, entries.size() > size ? page.get(page.size() - 1).id() : null);
  }

  private static LocalDate dayAfter(LocalDate day) {
    return day == null ? null : day.plusDays(1);
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(Tenant.ZONE).toInstant();
  }
}
