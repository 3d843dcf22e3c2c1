package io.linli.provisioning;

import io.linli.community.Building;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.community.Region;
import io.linli.identity.PasswordHashing;
import io.linli.people.CommitteeSeat;
import io.linli.people.PeopleRepository;
import io.linli.people.Resident;
import io.linli.people.ResidentRelation;
import io.linli.people.StaffAssignment;
import io.linli.people.StaffMember;
import io.linli.provisioning.TenantDefinition.BuildingDefinition;
import io.linli.knowledge.Article;
import io.linli.knowledge.ArticleRepository;
import io.linli.replyscript.ReplyScript;
import io.linli.ticket.CalendarDay;
import io.linli.ticket.DispatchRule;
import io.linli.ticket.TicketRepository;
import io.linli.ticket.EscalationSetting;
import io.linli.ticket.ReopenSetting;
import io.linli.ticket.SlaOverride;
import io.linli.ticket.SlaSettingsRepository;
import io.linli.ticket.SlaTermsProvider;
import io.linli.replyscript.ReplyScriptRepository;
import io.linli.provisioning.TenantDefinition.CommitteeDefinition;
import io.linli.provisioning.TenantDefinition.HouseholdDefinition;
import io.linli.provisioning.TenantDefinition.ProjectDefinition;
import io.linli.provisioning.TenantDefinition.RegionDefinition;
import io.linli.provisioning.TenantDefinition.StaffDefinition;
import io.linli.tenancy.Tenant;
import io.linli.tenancy.TenantContext;
import io.linli.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Makes the database hold what a {@link TenantDefinition} says, in one transaction per tenant. Idempotent: rows are
 * matched by their natural keys (codes, usernames, phone numbers) and updated in place, never created twice.
 * Passwords of existing accounts are never touched.
 */
@ApplicationScoped
public class TenantProvisioner {

  @Inject TenantRepository tenants;
  @Inject CommunityRepository community;
  @Inject PeopleRepository people;
  @Inject ReplyScriptRepository replyScripts;
  @Inject ArticleRepository articles;
  @Inject SlaSettingsRepository slaSettings;
  @Inject SlaTermsProvider slaTerms;
  @Inject io.linli.notice.NoticeSettings noticeSettings;
  @Inject io.linli.alert.AlertSettings alertSettings;
  @Inject TicketRepository tickets;
  /** This bean through its proxy, so that calls among its own methods get their transactions. */
  @Inject TenantProvisioner self;
  @Inject Clock clock;

  private final PasswordHashing hashing = new PasswordHashing();

  /**
   * @param demoPassword the password new accounts without an initial password of their own get
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW) // one tenant per transaction, whoever calls
  public ProvisioningReport provision(TenantDefinition definition, char[] demoPassword) {
    var counter = new ProvisioningReport.Counter();
    tenants.find(definition.id()).ifPresentOrElse(
        tenant -> tenant.redefine(definition.name(), definition.theme()),
        () -> {
          tenants.store(new Tenant(definition.id(), definition.name(), definition.theme(), clock.instant()));
          counter.created("tenant");
        });
    try (var scope = TenantContext.open(definition.id())) {
      var run = new Run(definition, counter, new DemoPassword(hashing, demoPassword));
      run.structure();
      run.staff();
      run.households();
      run.committees();
      run.replyScripts();
      run.articles();
      run.sla();
      run.dispatchRules();
      if (definition.noticeReminders() != null) {
        noticeSettings.setReminders(definition.noticeReminders());
      }
      if (definition.alerts() != null) {
        alertSettings.set(definition.alerts());
      }
    }
    return counter.report(definition.id());
  }

  /**
   * Creates a tenant that must not exist yet.
   *
   * @throws TenantAlreadyExists when it does
   */
  public ProvisioningReport provisionNew(TenantDefinition definition) {
    if (tenantExists(definition)) {
      throw new TenantAlreadyExists(definition.id().value());
    }
    return self.provision(definition, new char[0]);
  }

  private boolean tenantExists(TenantDefinition definition) {
    return tenants.find(definition.id()).isPresent();
  }

  /** Hashes the demo password at most once per run: hashing is deliberately slow. */
  private static final class DemoPassword implements Supplier<String> {
    private final PasswordHashing hashing;
    private final char[] password;
    private String hash;

    DemoPassword(PasswordHashing hashing, char[] password) {
      this.hashing = hashing;
      this.password = password;
    }

    @Override
    public String get() {
      if (hash == null) {
        hash = hashing.hash(password);
      }
      return hash;
    }
  }

  private final class Run {
    private final TenantDefinition definition;
    private final ProvisioningReport.Counter counter;
    private final DemoPassword demoPassword;
    private final Map<String, Region> regions;
    private final Map<String, Project> projects;
    private final Map<String, Building> buildings;

    Run(TenantDefinition definition, ProvisioningReport.Counter counter, DemoPassword demoPassword) {
      this.definition = definition;
      this.counter = counter;
      this.demoPassword = demoPassword;
      this.regions = byKey(community.regions(), Region::code);
      this.projects = byKey(community.projects(), Project::code);
      this.buildings = byKey(community.buildings(), b -> b.project().code() + "/" + b.code());
    }

    void structure() {
      for (RegionDefinition regionDefinition : definition.regions()) {
        Region region = regions.get(regionDefinition.code());
        if (region == null) {
          region = create("region", new Region(regionDefinition.code(), regionDefinition.name()));
          regions.put(region.code(), region);
        } else {
          region.rename(regionDefinition.name());
        }
        for (ProjectDefinition projectDefinition : regionDefinition.projects()) {
          Project project = projects.get(projectDefinition.code());
          if (project == null) {
            project = create("project", new Project(
                region, projectDefinition.code(), projectDefinition.name(), projectDefinition.address()));
            projects.put(project.code(), project);
          } else {
            project.redefine(region, projectDefinition.name(), projectDefinition.address());
          }
          for (BuildingDefinition buildingDefinition : projectDefinition.buildings()) {
            String key = project.code() + "/" + buildingDefinition.code();
            Building building = buildings.get(key);
            if (building == null) {
              buildings.put(key, create("building",
                  new Building(project, buildingDefinition.code(), buildingDefinition.name())));
            } else {
              building.rename(buildingDefinition.name());
            }
          }
        }
      }
    }

    void staff() {
      Map<String, StaffMember> existing = byKey(people.staff(), StaffMember::username);
      Map<Long, List<StaffAssignment>> assignments = people.assignments().stream()
          .collect(Collectors.groupingBy(a -> a.staff().id()));
      for (StaffDefinition staffDefinition : definition.staff()) {
        StaffMember member = existing.get(staffDefinition.username());
        if (member == null) {
          String hash = staffDefinition.initialPassword() == null
              ? demoPassword.get()
              : hashing.hash(staffDefinition.initialPassword());
          member = create("staff", new StaffMember(
              staffDefinition.username(), staffDefinition.name(), staffDefinition.role(), hash));
        }
        member.redefine(
            staffDefinition.name(), staffDefinition.role(), staffDefinition.phone(), staffDefinition.skills());
        member.setEmail(staffDefinition.email());
        List<StaffAssignment> current = member.id() == null
            ? List.of()
            : assignments.getOrDefault(member.id(), List.of());
        reconcile(current, wantedAssignments(member, staffDefinition));
      }
    }

    private List<StaffAssignment> wantedAssignments(StaffMember member, StaffDefinition staffDefinition) {
      List<StaffAssignment> wanted = new ArrayList<>();
      staffDefinition.regions().forEach(code -> wanted.add(StaffAssignment.toRegion(member, regions.get(code))));
      staffDefinition.projects().forEach(code -> wanted.add(StaffAssignment.toProject(member, projects.get(code))));
      staffDefinition.buildings().forEach(key -> wanted.add(StaffAssignment.toBuilding(member, buildings.get(key))));
      return wanted;
    }

    /** Keeps assignments still wanted, adds the new ones, removes those the definition no longer names. */
    private void reconcile(List<StaffAssignment> current, List<StaffAssignment> wanted) {
      for (StaffAssignment assignment : wanted) {
        if (current.stream().noneMatch(assignment::samePlaceAs)) {
          create("staff_assignment", assignment);
        }
      }
      for (StaffAssignment assignment : current) {
        if (wanted.stream().noneMatch(assignment::samePlaceAs)) {
          people.remove(assignment);
        }
      }
    }

    void households() {
      Map<String, Household> existing =
          byKey(community.households(), h -> h.building().project().code() + "/" + h.building().code() + "/" + h.unit());
      Map<String, Resident> residents = byKey(people.residents(), Resident::phone);
      for (HouseholdDefinition row : definition.households()) {
        String key = row.project() + "/" + row.building() + "/" + row.unit();
        Household household = existing.get(key);
        if (household == null) {
          household = create("household",
              new Household(buildings.get(row.project() + "/" + row.building()), row.unit(), row.floorArea()));
          existing.put(key, household);
        } else {
          household.remeasure(row.floorArea());
        }
        Resident owner = residents.get(row.ownerPhone());
        if (owner == null) {
          residents.put(row.ownerPhone(), create("resident", new Resident(
              household, row.ownerName(), row.ownerPhone(), ResidentRelation.OWNER, demoPassword.get())));
        } else {
          owner.moveTo(household, ResidentRelation.OWNER, row.ownerName());
        }
      }
    }

    void committees() {
      Map<String, Resident> residents = byKey(people.residents(), Resident::phone);
      Map<String, CommitteeSeat> seats = byKey(people.seats(),
          s -> s.project().code() + "/" + s.committee() + "/" + s.member().phone());
      for (CommitteeDefinition seat : definition.committees()) {
        Resident member = residents.get(seat.phone());
        if (member == null) {
          member = create("resident", new Resident(
              null, seat.name(), seat.phone(), ResidentRelation.COMMUNITY_WORKER, demoPassword.get()));
          residents.put(seat.phone(), member);
        }
        String key = seat.project() + "/" + seat.committee() + "/" + seat.phone();
        if (!seats.containsKey(key)) {
          seats.put(key, create("committee_seat",
              new CommitteeSeat(projects.get(seat.project()), seat.committee(), member)));
        }
      }
    }

    void replyScripts() {
      Map<String, ReplyScript> existing = byKey(replyScripts.all(), ReplyScript::code);
      for (var script : definition.replyScripts()) {
        ReplyScript current = existing.get(script.code());
        if (current == null) {
          create("reply_script", new ReplyScript(script.code(), script.category(), script.title(), script.body()));
        } else {
          current.redefine(script.category(), script.title(), script.body());
        }
      }
    }

    /** Articles staff have edited since are the company's own now: the file no longer overwrites them. */
    void articles() {
      Map<String, Article> existing = byKey(articles.provisioned(), Article::code);
      for (var article : definition.articles()) {
        Article current = existing.get(article.code());
        if (current == null) {
          Article created = new Article(article.code());
          created.revise(article.content(), article.published(), null, clock.instant());
          create("knowledge_article", created);
        } else if (!current.editedByStaff()) {
          current.revise(article.content(), article.published(), null, clock.instant());
        }
      }
    }

    void sla() {
      slaTerms.settingsChanged();
      var sla = definition.sla();
      Map<String, SlaOverride> existing = byKey(slaSettings.overrides(), o -> o.category() + "/" + o.priority());
      for (var override : sla.overrides()) {
        SlaOverride current = existing.get(override.category() + "/" + override.priority());
        if (current == null) {
          current = create("sla_override", new SlaOverride(override.category(), override.priority()));
        }
        current.set(override.policy());
      }
      Map<java.time.LocalDate, CalendarDay> days = byKey(slaSettings.calendarDays(), CalendarDay::day);
      sla.holidays().forEach(day -> calendarDay(days, day, false));
      sla.workdays().forEach(day -> calendarDay(days, day, true));
      if (sla.escalationTimeToAct() != null) {
        slaSettings.escalation().ifPresentOrElse(setting -> setting.set(sla.escalationTimeToAct()),
            () -> create("escalation_setting", new EscalationSetting(sla.escalationTimeToAct())));
      }
      if (sla.reopenWithin() != null) {
        slaSettings.reopen().ifPresentOrElse(setting -> setting.set(sla.reopenWithin()),
            () -> create("reopen_setting", new ReopenSetting(sla.reopenWithin())));
      }
    }

    void dispatchRules() {
      Map<String, DispatchRule> existing = byKey(tickets.dispatchRules(), DispatchRule::category);
      for (var rule : definition.dispatchRules()) {
        DispatchRule current = existing.get(rule.category());
        if (current == null) {
          create("dispatch_rule", new DispatchRule(rule.category(), rule.mode(), rule.skill()));
        } else {
          current.set(rule.mode(), rule.skill());
        }
      }
    }

    private void calendarDay(Map<java.time.LocalDate, CalendarDay> days, java.time.LocalDate day, boolean working) {
      CalendarDay current = days.get(day);
      if (current == null) {
        create("calendar_day", new CalendarDay(day, working));
      } else {
        current.setWorking(working);
      }
    }

    private <T> T create(String kind, T entity) {
      community.store(entity);
      counter.created(kind);
      return entity;
    }
  }

  private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
    return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
  }
}
