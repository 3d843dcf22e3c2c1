package io.linli.provisioning;

import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.i18n.LocalizedName;
import io.linli.knowledge.Article;
import io.linli.people.Committee;
import io.linli.people.Skill;
import io.linli.sla.SlaPolicy;
import io.linli.ticket.DispatchMode;
import io.linli.ticket.Priority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A tenant as its definition files describe it: what provisioning makes the database hold. */
public record TenantDefinition(
    TenantId id,
    LocalizedName name,
    String theme,
    List<RegionDefinition> regions,
    List<StaffDefinition> staff,
    List<CommitteeDefinition> committees,
    List<HouseholdDefinition> households,
    List<ReplyScriptDefinition> replyScripts,
    List<ArticleDefinition> articles,
    SlaDefinition sla,
    List<DispatchRuleDefinition> dispatchRules,
    io.linli.notice.ReminderSchedule noticeReminders,
    io.linli.alert.AlertThresholds alerts) {

  /** @param skill for ROUND_ROBIN, the skill the technicians need; null for any */
  public record DispatchRuleDefinition(String category, DispatchMode mode, Skill skill) {}

  /**
   * The tenant's own time limits (by category, and optionally priority), calendar changes, and how long each
   * escalation level has to act and how long after the resolution owners may reopen (null: the platform's default).
   */
  public record SlaDefinition(List<SlaOverrideDefinition> overrides, Set<LocalDate> holidays, Set<LocalDate> workdays,
      Duration escalationTimeToAct, Duration reopenWithin) {
    public static SlaDefinition none() {
      return new SlaDefinition(List.of(), Set.of(), Set.of(), null, null);
    }
  }

  /** @param priority null for every priority of the category */
  public record SlaOverrideDefinition(String category, Priority priority, SlaPolicy policy) {}

  /** @param category null for a script that fits every category */
  public record ReplyScriptDefinition(String code, String category, String title, String body) {}

  /** A knowledge-base article of faq.yaml, matched by its code. */
  public record ArticleDefinition(String code, Article.Content content, boolean published) {}

  public record RegionDefinition(String code, LocalizedName name, List<ProjectDefinition> projects) {}

  public record ProjectDefinition(
      String code, LocalizedName name, String address, List<BuildingDefinition> buildings) {}

  public record BuildingDefinition(String code, LocalizedName name) {}

  /**
   * @param buildings as {@code <project code>/<building code>}
   * @param initialPassword the password a new account starts with; null for the demo default
   */
  public record StaffDefinition(
      String username,
      String name,
      Role role,
      String phone,
      String email,
      List<String> regions,
      List<String> projects,
      List<String> buildings,
      Set<Skill> skills,
      char[] initialPassword) {}

  /** @param name only for a member who is not an owner in the households file */
  public record CommitteeDefinition(String project, Committee committee, String phone, String name) {}

  public record HouseholdDefinition(
      String project, String building, String unit, BigDecimal floorArea, String ownerName, String ownerPhone) {}
}
