package io.linli.provisioning;

import io.linli.api.Role;
import io.linli.api.TenantId;
import io.linli.i18n.LocalizedName;
import io.linli.knowledge.Article;
import io.linli.people.Committee;
import io.linli.people.Skill;
import io.linli.provisioning.TenantDefinition.BuildingDefinition;
import io.linli.provisioning.TenantDefinition.CommitteeDefinition;
import io.linli.provisioning.TenantDefinition.HouseholdDefinition;
import io.linli.provisioning.TenantDefinition.ProjectDefinition;
import io.linli.provisioning.TenantDefinition.RegionDefinition;
import io.linli.provisioning.TenantDefinition.StaffDefinition;
import io.linli.sla.Durations;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads and validates {@code tenants/<slug>/tenant.yaml} and {@code households.csv} (format: tenants/README.md).
 * Everything is checked before anything is written, so a malformed tenant leaves the database untouched.
 */
public final class TenantFileReader {

  static final String TENANT_FILE = "tenant.yaml";
  static final String HOUSEHOLDS_FILE = "households.csv";
  static final String REPLY_SCRIPTS_FILE = "reply-scripts.yaml";
  static final String SLA_FILE = "sla.yaml";
  static final String NOTICES_FILE = "notices.yaml";
  static final String FAQ_FILE = "faq.yaml";
  static final String ALERTS_FILE = "alerts.yaml";
  private static final List<String> HOUSEHOLD_COLUMNS =
      List.of("project", "building", "unit", "floor_area", "owner_name", "owner_phone");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
  private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,120}\\.[a-z]{2,}");

  /**
   * @param folder a tenant's folder
   * @throws TenantFileException naming the file, line and field of the first problem found
   */
  public TenantDefinition read(Path folder) {
    String slugFromFolder = folder.getFileName().toString();
    String tenantFile = slugFromFolder + "/" + TENANT_FILE;
    YamlNode root = parseYaml(folder.resolve(TENANT_FILE), tenantFile);

    YamlNode slugNode = root.required("slug");
    String slug = slugNode.text();
    if (!TenantId.SLUG.matcher(slug).matches()) {
      throw slugNode.error("must be lower-case letters, digits and '-', starting with a letter");
    }
    if (!slug.equals(slugFromFolder)) {
      throw slugNode.error("must equal the folder name '" + slugFromFolder + "'");
    }
    LocalizedName name = localized(root.required("name"));
    String theme = root.text("theme");

    Set<String> regionCodes = new HashSet<>();
    Map<String, Set<String>> buildingsByProject = new java.util.HashMap<>();
    List<RegionDefinition> regions = new ArrayList<>();
    for (YamlNode region : root.list("regions")) {
      String code = unique(code(region.required("code")), regionCodes, region.required("code"));
      List<ProjectDefinition> projects = new ArrayList<>();
      for (YamlNode project : region.list("projects")) {
        YamlNode codeNode = project.required("code");
        String projectCode = code(codeNode);
        if (buildingsByProject.containsKey(projectCode)) {
          throw codeNode.error("'" + projectCode + "' is used by another project");
        }
        Set<String> buildingCodes = new HashSet<>();
        buildingsByProject.put(projectCode, buildingCodes);
        List<BuildingDefinition> buildings = new ArrayList<>();
        for (YamlNode building : project.list("buildings")) {
          YamlNode buildingCode = building.required("code");
          buildings.add(new BuildingDefinition(
              unique(code(buildingCode), buildingCodes, buildingCode), localized(building.required("name"))));
        }
        projects.add(new ProjectDefinition(
            projectCode, localized(project.required("name")), project.optionalText("address").orElse(null),
            buildings));
      }
      regions.add(new RegionDefinition(code, localized(region.required("name")), projects));
    }

    List<StaffDefinition> staff = new ArrayList<>();
    Set<String> usernames = new HashSet<>();
    for (YamlNode member : root.list("staff")) {
      YamlNode usernameNode = member.required("username");
      String username = usernameNode.text();
      if (!USERNAME.matcher(username).matches()) {
        throw usernameNode.error("must be 2-40 lower-case letters, digits, '.', '_' or '-'");
      }
      unique(username, usernames, usernameNode);
      Role role = enumValue(member.required("role"), Role.class);
      if (!role.isStaff()) {
        throw member.required("role").error("must be a staff role, not " + role);
      }
      staff.add(new StaffDefinition(
          username,
          member.text("name"),
          role,
          member.optional("phone").map(this::phone).orElse(null),
          member.optional("email").map(TenantFileReader::email).orElse(null),
          references(member, "regions", regionCodes::contains, "no region"),
          references(member, "projects", buildingsByProject::containsKey, "no project"),
          references(member, "buildings", ref -> buildingExists(buildingsByProject, ref), "no building"),
          skills(member),
          null));
    }

    List<HouseholdDefinition> households =
        readHouseholds(folder.resolve(HOUSEHOLDS_FILE), slugFromFolder + "/" + HOUSEHOLDS_FILE, buildingsByProject);
    Map<String, HouseholdDefinition> ownersByPhone =
        households.stream().collect(Collectors.toMap(HouseholdDefinition::ownerPhone, Function.identity()));

    List<CommitteeDefinition> committees = new ArrayList<>();
    for (YamlNode seat : root.list("committees")) {
      YamlNode projectNode = seat.required("project");
      String project = projectNode.text();
      if (!buildingsByProject.containsKey(project)) {
        throw projectNode.error("no project '" + project + "' in this tenant");
      }
      Committee committee = enumValue(seat.required("committee"), Committee.class);
      YamlNode phoneNode = seat.required("phone");
      String phone = phone(phoneNode);
      String memberName = seat.optionalText("name").orElse(null);
      HouseholdDefinition owner = ownersByPhone.get(phone);
      if (owner == null && memberName == null) {
        throw seat.childError("name", "is required for a member who is not an owner in " + HOUSEHOLDS_FILE);
      }
      if (committee == Committee.OWNERS_COMMITTEE && (owner == null || !owner.project().equals(project))) {
        throw phoneNode.error("an owners' committee member must own a household in project '" + project + "'");
      }
      committees.add(new CommitteeDefinition(project, committee, phone, memberName));
    }
    return new TenantDefinition(TenantId.of(slug), name, theme, regions, staff, committees, households,
        readReplyScripts(folder.resolve(REPLY_SCRIPTS_FILE), slugFromFolder + "/" + REPLY_SCRIPTS_FILE),
        readFaq(folder.resolve(FAQ_FILE), slugFromFolder + "/" + FAQ_FILE),
        readSla(folder.resolve(SLA_FILE), slugFromFolder + "/" + SLA_FILE),
        dispatchRules(root),
        readNoticeReminders(folder.resolve(NOTICES_FILE), slugFromFolder + "/" + NOTICES_FILE),
        readAlerts(folder.resolve(ALERTS_FILE), slugFromFolder + "/" + ALERTS_FILE));
  }

  /** The alert limits' keys in alerts.yaml, by the names {@link io.linli.alert.AlertThresholds} gives them. */
  private static final Map<String, String> ALERT_KEYS = Map.of("responseHours", "response_hours",
      "responseDays", "response_days", "complaintRisePercent", "complaint_rise_percent",
      "badReviewPercent", "bad_review_percent", "acknowledgementPercent", "acknowledgement_percent",
      "breachesPerDay", "sla_breaches_per_day");

  /**
   * {@code alerts.yaml}, optional: the company's alert limits, each optional (left out: the default) —
   * {@code response_hours}, {@code response_days}, {@code complaint_rise_percent}, {@code bad_review_percent},
   * {@code acknowledgement_percent}, {@code sla_breaches_per_day}. Null when there is no such file.
   */
  private static io.linli.alert.AlertThresholds readAlerts(Path path, String file) {
    if (!Files.isRegularFile(path)) {
      return null;
    }
    YamlNode root = parseYaml(path, file);
    for (String key : root.fields().keySet()) {
      if (!ALERT_KEYS.containsValue(key)) {
        throw root.childError(key, "is not an alert limit (" + String.join(", ", ALERT_KEYS.values().stream()
            .sorted().toList()) + ")");
      }
    }
    var defaults = io.linli.alert.AlertThresholds.DEFAULT;
    try {
      return new io.linli.alert.AlertThresholds(
          root.optional("response_hours").map(TenantFileReader::decimal).orElse(defaults.responseHours()),
          whole(root, "response_days", defaults.responseDays()),
          whole(root, "complaint_rise_percent", defaults.complaintRisePercent()),
          whole(root, "bad_review_percent", defaults.badReviewPercent()),
          whole(root, "acknowledgement_percent", defaults.acknowledgementPercent()),
          whole(root, "sla_breaches_per_day", defaults.breachesPerDay()));
    } catch (IllegalArgumentException e) { // "field: problem", with the field as the record names it
      String field = e.getMessage().substring(0, e.getMessage().indexOf(':'));
      String key = ALERT_KEYS.get(field);
      String problem = e.getMessage().substring(field.length() + 2);
      throw root.optional(key).map(node -> node.error(problem)).orElseGet(() -> root.childError(key, problem));
    }
  }

  private static double decimal(YamlNode node) {
    try {
      return Double.parseDouble(node.text());
    } catch (NumberFormatException e) {
      throw node.error("must be a number");
    }
  }

  private static int whole(YamlNode root, String key, int otherwise) {
    return root.optional(key).map(node -> {
      try {
        return Integer.parseInt(node.text());
      } catch (NumberFormatException e) {
        throw node.error("must be a whole number");
      }
    }).orElse(otherwise);
  }

  /**
   * {@code notices.yaml}, optional: {@code critical_reminders}, the steps for an unacknowledged critical notice, each
   * {@code after} (30m, 2h …; left out: at once) and {@code channels} (PORTAL, WEB_PUSH, SMS, EMAIL, PHONE). Null when
   * there is no such file.
   */
  private static io.linli.notice.ReminderSchedule readNoticeReminders(Path path, String file) {
    if (!Files.isRegularFile(path)) {
      return null;
    }
    YamlNode root = parseYaml(path, file);
    List<io.linli.notice.ReminderSchedule.Step> steps = new ArrayList<>();
    for (YamlNode step : root.list("critical_reminders")) {
      try {
        java.time.Duration after = duration(step, "after");
        steps.add(new io.linli.notice.ReminderSchedule.Step(after == null ? java.time.Duration.ZERO : after,
            io.linli.notification.DeliveryChannel.parse(String.join(",", step.texts("channels")))));
      } catch (IllegalArgumentException e) {
        throw step.error(e.getMessage());
      }
    }
    try {
      return new io.linli.notice.ReminderSchedule(steps);
    } catch (IllegalArgumentException e) {
      throw root.error(e.getMessage());
    }
  }

  /** {@code dispatch:} in tenant.yaml, optional: category → {mode, skill?}. */
  private static List<TenantDefinition.DispatchRuleDefinition> dispatchRules(YamlNode root) {
    List<TenantDefinition.DispatchRuleDefinition> rules = new ArrayList<>();
    root.optional("dispatch").ifPresent(dispatch -> dispatch.fields().forEach((category, rule) -> {
      if (!CODE.matcher(category).matches()) {
        throw rule.error("'" + category + "' is not a category code");
      }
      rules.add(new TenantDefinition.DispatchRuleDefinition(category,
          enumValue(rule.required("mode"), io.linli.ticket.DispatchMode.class),
          rule.optional("skill").map(n -> enumValue(n, Skill.class)).orElse(null)));
    }));
    return rules;
  }

  /**
   * {@code sla.yaml}, optional: {@code policies} (category, priority?, respond, on_site, resolve or
   * resolve_working_days, return_visit; durations like 30m, 2h, 3d), {@code calendar} (holidays, workdays) and
   * {@code escalation} (time_to_act: how long each level has before the next is told) and {@code reopen} (within:
   * how long after the resolution an owner may reopen a ticket).
   */
  private static TenantDefinition.SlaDefinition readSla(Path path, String file) {
    if (!Files.isRegularFile(path)) {
      return TenantDefinition.SlaDefinition.none();
    }
    YamlNode root = parseYaml(path, file);
    List<TenantDefinition.SlaOverrideDefinition> overrides = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (YamlNode policy : root.list("policies")) {
      String category = code(policy.required("category"));
      var priority = policy.optional("priority").map(n -> enumValue(n, io.linli.ticket.Priority.class)).orElse(null);
      unique(category + "/" + priority, keys, policy.required("category"));
      try {
        overrides.add(new TenantDefinition.SlaOverrideDefinition(category, priority, new io.linli.sla.SlaPolicy(
            duration(policy, "respond"), duration(policy, "on_site"), duration(policy, "resolve"),
            policy.optional("resolve_working_days").map(n -> workingDays(n)).orElse(0),
            duration(policy, "return_visit"))));
      } catch (IllegalArgumentException e) {
        throw policy.error(e.getMessage());
      }
    }
    Set<java.time.LocalDate> holidays = new HashSet<>();
    Set<java.time.LocalDate> workdays = new HashSet<>();
    root.optional("calendar").ifPresent(calendar -> {
      calendar.list("holidays").forEach(day -> holidays.add(date(day)));
      calendar.list("workdays").forEach(day -> {
        if (holidays.contains(date(day))) {
          throw day.error("is listed as a holiday too");
        }
        workdays.add(date(day));
      });
    });
    java.time.Duration timeToAct = root.optional("escalation").map(e -> duration(e, "time_to_act")).orElse(null);
    java.time.Duration reopenWithin = root.optional("reopen").map(r -> duration(r, "within")).orElse(null);
    return new TenantDefinition.SlaDefinition(overrides, holidays, workdays, timeToAct, reopenWithin);
  }

  private static java.time.Duration duration(YamlNode policy, String field) {
    return policy.optional(field).map(node -> {
      try {
        return Durations.parse(node.text());
      } catch (IllegalArgumentException e) {
        throw node.error(e.getMessage());
      }
    }).orElse(null);
  }

  private static int workingDays(YamlNode node) {
    try {
      int days = Integer.parseInt(node.text());
      if (days < 1 || days > 60) {
        throw node.error("must be 1 to 60 working days");
      }
      return days;
    } catch (NumberFormatException e) {
      throw node.error("'" + node.text() + "' is not a number of days");
    }
  }

  private static java.time.LocalDate date(YamlNode node) {
    try {
      return java.time.LocalDate.parse(node.text());
    } catch (java.time.format.DateTimeParseException e) {
      throw node.error("'" + node.text() + "' is not a date such as 2026-12-31");
    }
  }

  /** {@code reply-scripts.yaml}: an optional list of {code, category (optional), title, body}. */
  private static List<TenantDefinition.ReplyScriptDefinition> readReplyScripts(Path path, String file) {
    return readCodedList(path, file, (code, script) -> {
      String body = script.text("body");
      if (body.length() > 2000) {
        throw script.required("body").error("is longer than 2000 characters");
      }
      return new TenantDefinition.ReplyScriptDefinition(code, script.optionalText("category").orElse(null),
          script.text("title"), body);
    });
  }

  /**
   * {@code faq.yaml}: an optional list of knowledge-base articles {code, question, answer (rich text), category
   * (optional), keywords (a list, optional), published (true unless false)}.
   */
  private static List<TenantDefinition.ArticleDefinition> readFaq(Path path, String file) {
    return readCodedList(path, file, (code, article) -> {
      boolean published = article.optional("published").map(n -> switch (n.text()) {
        case "true" -> true;
        case "false" -> false;
        default -> throw n.error("must be true or false");
      }).orElse(true);
      try {
        return new TenantDefinition.ArticleDefinition(code, Article.Content.of(article.text("question"),
            article.text("answer"), article.optionalText("category").orElse(null),
            String.join("、", article.texts("keywords"))), published);
      } catch (IllegalArgumentException e) {
        String[] fieldAndProblem = e.getMessage().split(": ", 2);
        throw article.childError(fieldAndProblem[0], fieldAndProblem[1]);
      }
    });
  }

  /** An optional file holding a list of entries, each with a {@code code} of its own. */
  private static <T> List<T> readCodedList(Path path, String file, BiFunction<String, YamlNode, T> entry) {
    if (!Files.isRegularFile(path)) {
      return List.of();
    }
    Set<String> codes = new HashSet<>();
    List<T> entries = new ArrayList<>();
    for (YamlNode item : parseYaml(path, file).list()) {
      YamlNode codeNode = item.required("code");
      entries.add(entry.apply(unique(code(codeNode), codes, codeNode), item));
    }
    return entries;
  }

  private static YamlNode parseYaml(Path path, String file) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      LoadSettings settings = LoadSettings.builder().setLabel(file).build();
      var composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, reader)));
      if (!composer.hasNext()) {
        throw new TenantFileException(file, 1, "(document)", "the file is empty");
      }
      return new YamlNode(file, "", composer.next());
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      throw new TenantFileException(file, line, "(syntax)", e.getProblem());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new TenantFileException(file, 0, "(file)", "is missing");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<HouseholdDefinition> readHouseholds(
      Path path, String file, Map<String, Set<String>> buildingsByProject) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<HouseholdDefinition> households = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      if (!header.equals(HOUSEHOLD_COLUMNS)) {
        throw new TenantFileException(file, 1, "(header)", "must be " + String.join(",", HOUSEHOLD_COLUMNS));
      }
      Set<String> units = new HashSet<>();
      Set<String> phones = new HashSet<>();
      for (CSVRecord record : parser) {
        int line = (int) record.getRecordNumber() + 1; // after the header line
        Function<String, String> field = column -> {
          String value = record.isSet(column) ? record.get(column) : "";
          if (value.isEmpty()) {
            throw new TenantFileException(file, line, column, "is required");
          }
          return value;
        };
        String project = field.apply("project");
        String building = field.apply("building");
        if (!buildingExists(buildingsByProject, project + "/" + building)) {
          throw new TenantFileException(file, line, "building",
              "no building '" + building + "' in project '" + project + "' of " + TENANT_FILE);
        }
        String unit = field.apply("unit");
        if (!units.add(project + "/" + building + "/" + unit)) {
          throw new TenantFileException(file, line, "unit", "'" + unit + "' appears twice in building " + building);
        }
        BigDecimal area = floorArea(field.apply("floor_area"), file, line);
        String phone = field.apply("owner_phone");
        if (!PHONE.matcher(phone).matches()) {
          throw new TenantFileException(file, line, "owner_phone", "'" + phone + "' is not an 11-digit mobile number");
        }
        if (!phones.add(phone)) {
          throw new TenantFileException(file, line, "owner_phone", "'" + phone + "' belongs to another household");
        }
        households.add(new HouseholdDefinition(project, building, unit, area, field.apply("owner_name"), phone));
      }
    } catch (java.nio.file.NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      if (e instanceof TenantFileException) {
        throw e;
      }
      throw new TenantFileException(file, 0, "(format)", e.getMessage());
    }
    return households;
  }

  private static BigDecimal floorArea(String text, String file, int line) {
    try {
      BigDecimal area = new BigDecimal(text);
      if (area.signum() <= 0 || area.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
        throw new TenantFileException(file, line, "floor_area", "must be between 0 and 10000 m²");
      }
      return area;
    } catch (NumberFormatException e) {
      throw new TenantFileException(file, line, "floor_area", "'" + text + "' is not a number");
    }
  }

  private static boolean buildingExists(Map<String, Set<String>> buildingsByProject, String reference) {
    String[] parts = reference.split("/", 2);
    return parts.length == 2 && buildingsByProject.getOrDefault(parts[0], Set.of()).contains(parts[1]);
  }

  private static List<String> references(
      YamlNode member, String field, java.util.function.Predicate<String> exists, String problem) {
    List<YamlNode> items = member.list(field);
    for (YamlNode item : items) {
      if (!exists.test(item.text())) {
        throw item.error(problem + " '" + item.text() + "' in this tenant");
      }
    }
    return items.stream().map(YamlNode::text).toList();
  }

  private static Set<Skill> skills(YamlNode member) {
    Set<Skill> skills = EnumSet.noneOf(Skill.class);
    for (YamlNode skill : member.list("skills")) {
      skills.add(enumValue(skill, Skill.class));
    }
    return skills;
  }

  private static String email(YamlNode node) {
    String email = node.text();
    if (!EMAIL.matcher(email).matches()) {
      throw node.error("'" + email + "' is not an e-mail address");
    }
    return email;
  }

  private String phone(YamlNode node) {
    String phone = node.text();
    if (!PHONE.matcher(phone).matches()) {
      throw node.error("'" + phone + "' is not an 11-digit mobile number");
    }
    return phone;
  }

  private static String code(YamlNode node) {
    String code = node.text();
    if (!CODE.matcher(code).matches()) {
      throw node.error("'" + code + "' must be 1-40 letters, digits, '.', '_' or '-'");
    }
    return code;
  }

  private static String unique(String value, Set<String> seen, YamlNode node) {
    if (!seen.add(value)) {
      throw node.error("'" + value + "' appears twice");
    }
    return value;
  }

  private static LocalizedName localized(YamlNode node) {
    return new LocalizedName(node.text("zh"), node.optionalText("en").orElse(null));
  }

  private static <E extends Enum<E>> E enumValue(YamlNode node, Class<E> type) {
    String text = node.text();
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw node.error("'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
