package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.BUILDING_STEWARD;
import static io.linli.web.rest.StaffRoles.CUSTOMER_SERVICE_AGENT;
import static io.linli.web.rest.StaffRoles.PROJECT_MANAGER;
import static io.linli.web.rest.StaffRoles.REGIONAL_DIRECTOR;
import static io.linli.web.rest.StaffRoles.TECHNICIAN;
import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.identity.SignedInUser;
import io.linli.profile.HouseholdCare;
import io.linli.profile.HouseholdTag;
import io.linli.profile.ProfileForbidden;
import io.linli.profile.ProfileService;
import io.linli.profile.ResidentFilter;
import io.linli.profile.ResidentFilters;
import io.linli.profile.SpecialCare;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * 客户画像: a household's tags (rule tags by name — FREQUENT_REPAIRER 常报修, LOW_SATISFACTION 满意度低, INACTIVE 不活跃,
 * CHURN_RISK 流失风险 — and staff's own), its special care for the roles allowed to see it, and saved resident
 * filters (客户分群) with the households they match.
 */
@Path("")
@RequestScoped
@RolesAllowed({TENANT_ADMIN, REGIONAL_DIRECTOR, PROJECT_MANAGER, BUILDING_STEWARD, CUSTOMER_SERVICE_AGENT, TECHNICIAN})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

  private static final String CARE = "ELDERLY_ALONE|PREGNANT|DISABLED";
  private static final String CARE_MESSAGE = "must be ELDERLY_ALONE, PREGNANT or DISABLED";

  @Inject ProfileService profiles;
  @Inject ResidentFilters filters;
  @Context SecurityContext security;

  /** A tag: {@code source} RULE (by name) or MANUAL (staff's word, with who added it). */
  public record TagJson(String tag, String source, Instant since, TicketJson.Person addedBy) {
    static TagJson of(HouseholdTag t) {
      return new TagJson(t.tag(), t.source().name(), t.since(),
          t.addedBy() == null ? null : new TicketJson.Person(t.addedBy().id(), t.addedBy().displayName()));
    }
  }

  public record CareJson(String kind, String note, Instant since, TicketJson.Person setBy) {
    static CareJson of(HouseholdCare c) {
      return new CareJson(c.kind().name(), c.note(), c.since(),
          new TicketJson.Person(c.setBy().id(), c.setBy().displayName()));
    }
  }

  /** A household's profile; {@code specialCare} is left out for a caller who may not see it. */
  public record ProfileJson(long householdId, List<TagJson> tags, List<CareJson> specialCare) {
    static ProfileJson of(ProfileService.Profile p) {
      return new ProfileJson(p.household().id(), p.tags().stream().map(TagJson::of).toList(),
          p.careVisible() ? p.care().stream().map(CareJson::of).toList() : null);
    }
  }

  /** A tag to add. (A class: see NewTenant.) */
  public static final class NewTagJson {
    @NotBlank(message = "is required")
    @Size(max = 20, message = "is at most 20 characters")
    final String tag;

    @JsonbCreator
    public NewTagJson(@JsonbProperty("tag") String tag) {
      this.tag = tag;
    }
  }

  /** The household's special care, all of it: flags not listed are cleared. */
  public static final class CareSetJson {
    @NotNull(message = "is required: a list, empty to clear")
    final List<@NotNull(message = "must be a flag, not null") @Pattern(regexp = CARE, message = CARE_MESSAGE)
        String> flags;

    @Size(max = 200, message = "is at most 200 characters")
    final String note;

    @JsonbCreator
    public CareSetJson(@JsonbProperty("flags") List<String> flags, @JsonbProperty("note") String note) {
      this.flags = flags;
      this.note = note;
    }
  }

  /** A filter to save. (A class: see NewTenant.) */
  public static final class FilterJson {
    @NotBlank(message = "is required")
    @Size(max = 60, message = "is at most 60 characters")
    final String name;

    final Long projectId;
    final Long buildingId;

    @Size(max = 10, message = "at most 10 tags")
    final List<@NotBlank(message = "must be a tag") String> withTags;

    @Size(max = 10, message = "at most 10 tags")
    final List<@NotBlank(message = "must be a tag") String> withoutTags;

    final List<@NotNull(message = "must be a flag, not null") @Pattern(regexp = CARE, message = CARE_MESSAGE)
        String> specialCare;

    @JsonbCreator
    public FilterJson(@JsonbProperty("name") String name, @JsonbProperty("projectId") Long projectId,
        @JsonbProperty("buildingId") Long buildingId, @JsonbProperty("withTags") List<String> withTags,
        @JsonbProperty("withoutTags") List<String> withoutTags,
        @JsonbProperty("specialCare") List<String> specialCare) {
      this.name = name;
      this.projectId = projectId;
      this.buildingId = buildingId;
      this.withTags = withTags;
      this.withoutTags = withoutTags;
      this.specialCare = specialCare;
    }
  }

  /** A saved filter with how many of the caller's households it matches now. */
  public record SavedFilterJson(long id, String name, Long projectId, Long buildingId, List<String> withTags,
      List<String> withoutTags, List<String> specialCare, long households) {
    static SavedFilterJson of(ResidentFilter f, long households) {
      return new SavedFilterJson(f.id(), f.name(), f.project() == null ? null : f.project().id(),
          f.building() == null ? null : f.building().id(), List.copyOf(f.withTags()), List.copyOf(f.withoutTags()),
          f.specialCare().stream().map(Enum::name).toList(), households);
    }
  }

  @GET
  @Path("households/{id}/tags")
  public ProfileJson profile(@PathParam("id") long householdId) {
    return ProfileJson.of(profiles.profile(user(), householdId));
  }

  /** Adds a tag of the caller's own; 403 for a technician. */
  @POST
  @Path("households/{id}/tags")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response tag(@PathParam("id") long householdId,
      @Valid @NotNull(message = "a JSON body is required") NewTagJson body) {
    return Response.created(URI.create("/api/households/" + householdId + "/tags"))
        .entity(ProfileJson.of(profiles.tag(user(), householdId, body.tag))).build();
  }

  /** Removes a tag added by hand (rule tags come and go by rule); 404 when the household has no such tag. */
  @DELETE
  @Path("households/{id}/tags/{tag}")
  public ProfileJson untag(@PathParam("id") long householdId, @PathParam("tag") String tag) {
    return ProfileJson.of(profiles.untag(user(), householdId, tag));
  }

  /** Sets the special care (admin, the project's manager, the building's steward; 403 for anyone else). */
  @PUT
  @Path("households/{id}/special-care")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProfileJson care(@PathParam("id") long householdId,
      @Valid @NotNull(message = "a JSON body is required") CareSetJson body) {
    Set<SpecialCare> kinds = body.flags.stream().map(SpecialCare::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SpecialCare.class)));
    return ProfileJson.of(profiles.setCare(user(), householdId, kinds, body.note));
  }

  @GET
  @Path("resident-filters")
  public List<SavedFilterJson> filters() {
    return filters.list(user()).stream().map(c -> SavedFilterJson.of(c.filter(), c.households())).toList();
  }

  @POST
  @Path("resident-filters")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response save(@Valid @NotNull(message = "a JSON body is required") FilterJson body) {
    ResidentFilter saved = filters.save(user(), new ResidentFilters.Definition(body.name, body.projectId,
        body.buildingId, set(body.withTags), set(body.withoutTags),
        body.specialCare == null ? Set.of() : body.specialCare.stream().map(SpecialCare::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(SpecialCare.class)))));
    return Response.created(URI.create("/api/resident-filters/" + saved.id() + "/households"))
        .entity(SavedFilterJson.of(saved, filters.households(user(), saved.id()).size())).build();
  }

  /** The households the filter matches among the caller's, by building and unit. */
  @GET
  @Path("resident-filters/{id}/households")
  public List<HouseholdJson> matching(@PathParam("id") long filterId) {
    return filters.households(user(), filterId).stream().map(HouseholdJson::of).toList();
  }

  private static Set<String> set(List<String> values) {
    return values == null ? Set.of() : new TreeSet<>(values);
  }

  private SignedInUser user() {
    return (SignedInUser) security.getUserPrincipal();
  }

  /** A role that may see the household but not change this of its profile: 403. */
  @Provider
  public static class ProfileRefusals extends ProblemMappers.WithStatus<ProfileForbidden> {
    public ProfileRefusals() {
      super(Response.Status.FORBIDDEN);
    }
  }
}
