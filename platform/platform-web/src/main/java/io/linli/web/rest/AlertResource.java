package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.alert.AlertEpisode;
import io.linli.alert.AlertService;
import io.linli.alert.AlertThresholds;
import io.linli.api.Label;
import io.linli.community.Project;
import io.linli.identity.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * 预警: how the caller's projects stand on the alert rules (red, yellow, green with the reasons), a project's red
 * episodes, and the company's limits, which its admin changes.
 */
@Path("alerts")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

  @Inject AlertService alerts;
  @Context SecurityContext security;

  /** A rule's standing: {@code signal} GREEN/YELLOW/RED, {@code redSince} while an episode is open. */
  public record RuleJson(String rule, Label name, String signal, Label reason, Instant checkedAt, Instant redSince) {
    static RuleJson of(AlertService.RuleStanding r) {
      return new RuleJson(r.rule().name(), r.rule().label(), r.signal().name(), r.reason(), r.checkedAt(),
          r.redSince());
    }
  }

  /** A project's standing: the worst of its rules ({@code NONE} before its first check), worst rule first. */
  public record StandingJson(long projectId, Label project, String signal, List<RuleJson> rules) {
    static StandingJson of(AlertService.ProjectStanding s, Project project) {
      return new StandingJson(s.projectId(), new Label(project.name().zh(), project.name().en()), s.signal().name(),
          s.rules().stream().map(RuleJson::of).toList());
    }
  }

  /** A red episode; {@code closedAt} null while open; {@code notified}: the managers told when it opened. */
  public record EpisodeJson(long id, String rule, Label reason, Instant openedAt, Instant closedAt, int notified) {
    static EpisodeJson of(AlertEpisode e) {
      return new EpisodeJson(e.id(), e.rule().name(), e.reason(), e.openedAt(), e.closedAt(), e.notified());
    }
  }

  public record ProjectAlertsJson(StandingJson standing, List<EpisodeJson> episodes) {}

  /** The company's limits. */
  public record RulesJson(double responseHours, int responseDays, int complaintRisePercent, int badReviewPercent,
      int acknowledgementPercent, int breachesPerDay) {
    static RulesJson of(AlertThresholds t) {
      return new RulesJson(t.responseHours(), t.responseDays(), t.complaintRisePercent(), t.badReviewPercent(),
          t.acknowledgementPercent(), t.breachesPerDay());
    }
  }

  /** New limits, every one given. (A class: see NewTenant.) */
  public static final class RulesDraft {
    @NotNull(message = "is required: hours, e.g. 2 or 1.5") final Double responseHours;
    @NotNull(message = "is required: days running") final Integer responseDays;
    @NotNull(message = "is required: percent") final Integer complaintRisePercent;
    @NotNull(message = "is required: percent") final Integer badReviewPercent;
    @NotNull(message = "is required: percent") final Integer acknowledgementPercent;
    @NotNull(message = "is required: breaches a day") final Integer breachesPerDay;

    @JsonbCreator
    public RulesDraft(@JsonbProperty("responseHours") Double responseHours,
        @JsonbProperty("responseDays") Integer responseDays,
        @JsonbProperty("complaintRisePercent") Integer complaintRisePercent,
        @JsonbProperty("badReviewPercent") Integer badReviewPercent,
        @JsonbProperty("acknowledgementPercent") Integer acknowledgementPercent,
        @JsonbProperty("breachesPerDay") Integer breachesPerDay) {
      this.responseHours = responseHours;
      this.responseDays = responseDays;
      this.complaintRisePercent = complaintRisePercent;
      this.badReviewPercent = badReviewPercent;
      this.acknowledgementPercent = acknowledgementPercent;
      this.breachesPerDay = breachesPerDay;
    }
  }

  /** The caller's projects, worst first. */
  @GET
  public List<StandingJson> standings() {
    SignedInUser user = user();
    Map<Long, Project> projects = alerts.visible(user).stream()
        .collect(Collectors.toMap(Project::id, Function.identity()));
    return alerts.standings(user).stream().map(s -> StandingJson.of(s, projects.get(s.projectId()))).toList();
  }

  /** One of the caller's projects with its latest red episodes; 404 for another's or another company's. */
  @GET
  @Path("projects/{id}")
  public ProjectAlertsJson project(@PathParam("id") long id) {
    var project = alerts.project(user(), id);
    return new ProjectAlertsJson(StandingJson.of(project.standing(), project.project()),
        project.episodes().stream().map(EpisodeJson::of).toList());
  }

  @GET
  @Path("rules")
  public RulesJson rules() {
    return RulesJson.of(alerts.thresholds());
  }

  /** The company's admin sets its limits; the projects are checked against them at once. */
  @PUT
  @Path("rules")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(TENANT_ADMIN)
  public RulesJson change(@Valid @NotNull RulesDraft rules) {
    return RulesJson.of(alerts.change(user(), new AlertThresholds(rules.responseHours, rules.responseDays,
        rules.complaintRisePercent, rules.badReviewPercent, rules.acknowledgementPercent, rules.breachesPerDay)));
  }

  private SignedInUser user() {
    return (SignedInUser) security.getUserPrincipal();
  }
}
