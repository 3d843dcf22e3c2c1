package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.identity.SignedInUser;
import io.linli.notification.Notification;
import io.linli.notification.NotificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in staff member's own notifications (SLA warnings, escalations), newest first. */
@Path("notifications")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject NotificationService notifications;
  @Context SecurityContext security;

  public record NotificationJson(long id, String kind, String text, String link, Instant createdAt, Instant readAt) {
    static NotificationJson of(Notification n) {
      return new NotificationJson(n.id(), n.kind(), n.text(), n.link(), n.createdAt(), n.readAt());
    }
  }

  @GET
  public List<NotificationJson> mine() {
    SignedInUser user = (SignedInUser) security.getUserPrincipal();
    return notifications.of(user.accountId(), 50).stream().map(NotificationJson::of).toList();
  }
}
