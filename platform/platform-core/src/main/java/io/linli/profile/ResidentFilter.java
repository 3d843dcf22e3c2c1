package io.linli.profile;

import io.linli.community.Building;
import io.linli.community.Project;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 客户分群: a saved filter over households — a project or building, tags they carry and tags they do not, special
 * care — shared in the company. Which households it matches is asked anew each time it is used.
 */
@Entity
@Table(name = "resident_filter")
public class ResidentFilter extends TenantOwned {

  static final int MAX_NAME = 60;
  private static final int MAX_TAGS = 400;

  @Column(name = "name", length = MAX_NAME, nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id")
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "building_id")
  private Building building;

  /** Tags a household must all carry, joined by a tab (no tag holds one). */
  @Column(name = "with_tags", length = MAX_TAGS, nullable = false)
  private String withTags;

  @Column(name = "without_tags", length = MAX_TAGS, nullable = false)
  private String withoutTags;

  /** Care flags of which a household must have one, comma-joined; empty: care plays no part. */
  @Column(name = "special_care", length = 60, nullable = false)
  private String specialCare;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "created_by_id")
  private StaffMember createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ResidentFilter() {}

  /** What a filter asks for. */
  public record Criteria(String name, Project project, Building building, Set<String> withTags,
      Set<String> withoutTags, Set<SpecialCare> specialCare) {}

  /** @throws IllegalArgumentException naming the field */
  static ResidentFilter define(Criteria criteria, StaffMember by, Instant now) {
    String name = criteria.name() == null ? "" : criteria.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("name: is required, at most " + MAX_NAME + " characters");
    }
    if (criteria.building() != null && criteria.project() != null
        && !same(criteria.building().project(), criteria.project())) {
      throw new IllegalArgumentException("buildingId: is not a building of the project");
    }
    ResidentFilter filter = new ResidentFilter();
    filter.name = name;
    filter.project = criteria.building() != null ? criteria.building().project() : criteria.project();
    filter.building = criteria.building();
    filter.withTags = joined("withTags", criteria.withTags());
    filter.withoutTags = joined("withoutTags", criteria.withoutTags());
    filter.specialCare = criteria.specialCare() == null ? ""
        : criteria.specialCare().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    filter.createdBy = by;
    filter.createdAt = now;
    return filter;
  }

  private static boolean same(Project a, Project b) {
    return a == b || (a.id() != null && a.id().equals(b.id()));
  }

  private static String joined(String field, Set<String> tags) {
    String joined = tags == null ? "" : tags.stream().map(String::strip).filter(t -> !t.isEmpty())
        .collect(Collectors.joining("\t"));
    if (joined.length() > MAX_TAGS) {
      throw new IllegalArgumentException(field + ": too many tags");
    }
    return joined;
  }

  private static Set<String> split(String joined) {
    return joined.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(joined.split("\t")));
  }

  public String name() {
    return name;
  }

  /** @return the project it is limited to (the building's when a building), or null for the whole company */
  public Project project() {
    return project;
  }

  public Building building() {
    return building;
  }

  public Set<String> withTags() {
    return split(withTags);
  }

  public Set<String> withoutTags() {
    return split(withoutTags);
  }

  public Set<SpecialCare> specialCare() {
    Set<SpecialCare> care = EnumSet.noneOf(SpecialCare.class);
    if (!specialCare.isEmpty()) {
      Arrays.stream(specialCare.split(",")).map(SpecialCare::valueOf).forEach(care::add);
    }
    return care;
  }

  public StaffMember createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
