package io.linli.profile;

import io.linli.audit.AuditLog;
import io.linli.api.Role;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.people.PeopleRepository;
import io.linli.people.StaffMember;
import io.linli.tenancy.TenantEntityManager;
import io.linli.ticket.TicketService;
import io.linli.ticket.TicketVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A household's profile for the staff who work in its place: its tags (by rule and by hand) and, for the roles that
 * look after residents in person, its special-care flags. Rule tags are recomputed here from the household's
 * figures.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

  /** Who sees and sets special care: the company's admin, the project's manager, the building's steward. */
  static final Set<Role> CARE_ROLES = Set.of(Role.TENANT_ADMIN, Role.PROJECT_MANAGER, Role.BUILDING_STEWARD);
  /** Technicians see a household's tags (to know a frequent repairer) but leave them to those who talk to owners. */
  static final Set<Role> TAGGERS = EnumSet.complementOf(EnumSet.of(Role.TECHNICIAN));
  private static final int SWEEP_BATCH = 500;

  @Inject TenantEntityManager entityManagers;
  @Inject AuditLog audit;
  @Inject CommunityRepository community;
  @Inject PeopleRepository people;
  @Inject TicketService tickets;
  @Inject ProfileFigures figures;
  @Inject Clock clock;

  /**
   * A household's profile as one person may see it.
   *
   * @param care the special-care flags, empty when the person may not see them ({@code careVisible} false)
   */
  public record Profile(Household household, List<HouseholdTag> tags, boolean careVisible, List<HouseholdCare> care,
      boolean mayTag) {}

  /** @throws NoSuchElementException when the household is not one the person works with, or not the company's */
  public Profile profile(SignedInUser user, long householdId) {
    Household household = visible(user, householdId);
    StaffMember staff = people.staff(user.accountId()).orElseThrow();
    boolean careVisible = CARE_ROLES.contains(staff.role());
    List<HouseholdTag> tags = tagsOf(household);
    tags.forEach(t -> {
      if (t.addedBy() != null) {
        t.addedBy().displayName();
      }
    });
    List<HouseholdCare> care = careVisible ? careOf(household) : List.of();
    care.forEach(c -> c.setBy().displayName());
    return new Profile(household, tags, careVisible, care, TAGGERS.contains(staff.role()));
  }

  /**
   * Adds a tag of the staff member's own (e.g. VIP, 热心业主); adding one the household has already changes nothing.
   *
   * @throws ProfileForbidden for a technician
   * @throws IllegalArgumentException naming the field when the tag is blank, too long or a rule tag's name
   */
  public Profile tag(SignedInUser user, long householdId, String tag) {
    Household household = visible(user, householdId);
    StaffMember staff = tagger(user);
    String name = HouseholdTag.manualName(tag);
    if (tagsOf(household).stream().noneMatch(t -> t.tag().equalsIgnoreCase(name))) { // as the database compares
      entityManagers.current().persist(HouseholdTag.manual(household, name, staff, clock.instant()));
    }
    audit.record("household.tag", "household", householdId, name);
    return profile(user, householdId);
  }

  /**
   * Removes a tag added by hand.
   *
   * @throws NoSuchElementException when the household has no such manual tag
   */
  public Profile untag(SignedInUser user, long householdId, String tag) {
    Household household = visible(user, householdId);
    tagger(user);
    HouseholdTag manual = tagsOf(household).stream()
        .filter(t -> t.source() == TagSource.MANUAL && t.tag().equalsIgnoreCase(tag == null ? "" : tag.strip()))
        .findFirst().orElseThrow(() -> new NoSuchElementException("tag " + tag));
    entityManagers.current().remove(manual);
    audit.record("household.untag", "household", householdId, tag);
    return profile(user, householdId);
  }

  /**
   * Sets the household's special-care flags to {@code kinds}, with one note for them all.
   *
   * @throws ProfileForbidden unless the admin, the project's manager or the building's steward
   */
  public Profile setCare(SignedInUser user, long householdId, Set<SpecialCare> kinds, String note) {
    Household household = visible(user, householdId);
    StaffMember staff = people.staff(user.accountId()).orElseThrow();
    if (!CARE_ROLES.contains(staff.role())) {
      throw new ProfileForbidden("special care is set by the company's admin, the project manager and the"
          + " building's steward");
    }
    String cleaned = HouseholdCare.note(note);
    var entityManager = entityManagers.current();
    Set<SpecialCare> wanted = kinds == null ? Set.of() : kinds;
    for (HouseholdCare existing : careOf(household)) {
      if (wanted.contains(existing.kind())) {
        existing.renote(cleaned);
      } else {
        entityManager.remove(existing);
      }
    }
    Set<SpecialCare> present = careOf(household).stream().map(HouseholdCare::kind).collect(Collectors.toSet());
    wanted.stream().filter(k -> !present.contains(k))
        .forEach(k -> entityManager.persist(new HouseholdCare(household, k, cleaned, staff, clock.instant())));
    entityManager.flush();
    audit.record("household.care", "household", householdId, kinds.toString());
    return profile(user, householdId);
  }

  /** @return the tags staff have given households of the company, for choosing in a filter */
  public List<String> manualTags() {
    return entityManagers.current().createQuery("select distinct t.tag from HouseholdTag t where t.source = :manual"
        + " order by t.tag", String.class).setParameter("manual", TagSource.MANUAL).getResultList();
  }

  /** @return the tags of each of the households (which the caller already may see), by household id */
  public Map<Long, List<HouseholdTag>> tagsOf(List<Household> households) {
    if (households.isEmpty()) {
      return Map.of();
    }
    return entityManagers.current()
        .createQuery("select t from HouseholdTag t where t.household in :h order by t.source, t.since",
            HouseholdTag.class)
        .setParameter("h", households).getResultStream().collect(Collectors.groupingBy(t -> t.household().id()));
  }

  /** Recomputes the rule tags of one ticket's household (after the ticket changed). */
  public void recomputeForTicket(long ticketId) {
    entityManagers.current()
        .createQuery("select t.household from Ticket t where t.id = :id and t.household is not null", Household.class)
        .setParameter("id", ticketId).getResultStream().findFirst()
        .ifPresent(h -> recompute(List.of(h)));
  }

  /** Recomputes the rule tags of every household of the bound company, a batch at a time. */
  public int recomputeAll() {
    List<Household> all = community.households();
    for (int i = 0; i < all.size(); i += SWEEP_BATCH) {
      recompute(all.subList(i, Math.min(all.size(), i + SWEEP_BATCH)));
    }
    return all.size();
  }

  private void recompute(List<Household> households) {
    Instant now = clock.instant();
    Thresholds limits = Thresholds.DEFAULT;
    Map<Long, Figures> byHousehold = figures.of(households, limits, now);
    var entityManager = entityManagers.current();
    Map<Long, List<HouseholdTag>> current = entityManager
        .createQuery("select t from HouseholdTag t where t.household in :h and t.source = :rule", HouseholdTag.class)
        .setParameter("h", households).setParameter("rule", TagSource.RULE).getResultStream()
        .collect(Collectors.groupingBy(t -> t.household().id()));
    for (Household household : households) {
      Set<String> earned = ProfileRules.tags(byHousehold.get(household.id()), limits, now).stream()
          .map(Enum::name).collect(Collectors.toSet());
      Set<String> kept = new HashSet<>();
      for (HouseholdTag tag : current.getOrDefault(household.id(), List.of())) {
        if (earned.contains(tag.tag())) {
          kept.add(tag.tag());
        } else {
          entityManager.remove(tag);
        }
      }
      earned.stream().filter(t -> !kept.contains(t))
          .forEach(t -> entityManager.persist(HouseholdTag.byRule(household, RuleTag.valueOf(t), now)));
    }
  }

  /** @return the households of the company the person works with: all for the admin, else their places' */
  Places placesOf(SignedInUser user) {
    if (user.kind() != AccountKind.STAFF) {
      throw new NoSuchElementException("profiles are kept by staff");
    }
    TicketVisibility visibility = tickets.visibilityOf(user);
    Set<Long> projects = new HashSet<>(visibility.projectIds());
    projects.addAll(visibility.poolProjectIds()); // a technician's projects
    return new Places(visibility.all(), projects, visibility.buildingIds());
  }

  /** Where a person works: everywhere, projects, buildings. */
  record Places(boolean all, Set<Long> projectIds, Set<Long> buildingIds) {
    boolean includes(Household h) {
      return all || projectIds.contains(h.building().project().id()) || buildingIds.contains(h.building().id());
    }
  }

  private Household visible(SignedInUser user, long householdId) {
    Places places = placesOf(user);
    return community.find(Household.class, householdId).filter(places::includes)
        .orElseThrow(() -> new NoSuchElementException("household " + householdId));
  }

  private StaffMember tagger(SignedInUser user) {
    StaffMember staff = people.staff(user.accountId()).orElseThrow();
    if (!TAGGERS.contains(staff.role())) {
      throw new ProfileForbidden("technicians see a household's tags but do not set them");
    }
    return staff;
  }

  private List<HouseholdTag> tagsOf(Household household) {
    return entityManagers.current()
        .createQuery("select t from HouseholdTag t where t.household = :h", HouseholdTag.class)
        .setParameter("h", household).getResultStream()
        .sorted(Comparator.comparing(HouseholdTag::source).thenComparing(HouseholdTag::since)).toList();
  }

  private List<HouseholdCare> careOf(Household household) {
    return entityManagers.current()
        .createQuery("select c from HouseholdCare c where c.household = :h order by c.kind", HouseholdCare.class)
        .setParameter("h", household).getResultList();
  }
}
