package io.linli.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.linli.api.PluginEntity;
import io.linli.tenancy.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an SQL statement on a tenant-owned table is bound to a tenant: SELECT, UPDATE and DELETE carry a
 * {@code tenant_id} predicate for each tenant-owned table they name, an INSERT the {@code tenant_id} column. Which
 * tables are tenant-owned comes from the entities: those of {@link TenantOwned} and {@link PluginEntity}; the tables
 * of the other entities are the platform's.
 */
final class TenantSql {

  /** The entities' tables: tenant-owned, and the platform's (which have no tenant). */
  record Tables(Set<String> tenantOwned, Set<String> platform) {

    static Tables ofEntities() {
      Set<String> tenantOwned = new TreeSet<>();
      Set<String> platform = new TreeSet<>();
      for (JavaClass type : new ClassFileImporter().importPackages("io.linli", "com.example")) {
        if (type.isAnnotatedWith(Entity.class)) {
          Class<?> entity = type.reflect();
          String table = entity.getAnnotation(Table.class).name().toLowerCase(Locale.ROOT);
          (TenantOwned.class.isAssignableFrom(entity) || PluginEntity.class.isAssignableFrom(entity)
              ? tenantOwned : platform).add(table);
        }
      }
      return new Tables(tenantOwned, platform);
    }
  }

  /**
   * Statements that read tenant-owned tables across tenants on purpose, and why: each is matched by its start.
   * EclipseLink's UPDATE and DELETE of one entity name it by primary key only (eclipselink#1333, open), so they carry
   * no tenant predicate; the row is one the same persistence context read under the tenant predicate, and a detached
   * entity carrying another tenant's id does not reach that tenant's row (PlatformIT#isolation_a_detached_entity…).
   */
  static final Map<Pattern, String> EXEMPT = Map.of(
      Pattern.compile("^SELECT id, tenant_id FROM \\w+ WHERE "),
      "the schedulers' scan for due rows of every tenant (DueRows.find); each row is then locked and worked on"
          + " bound to the tenant it names",
      Pattern.compile("^SELECT tenant_id, building_id, created_at, updated_at, id FROM ticket WHERE "),
      "the dashboard's tally refresh, which reads the tickets changed since its watermark in every tenant"
          + " (TicketTallies.changed) and recounts each tenant's tallies bound to the tenant_id it read",
      Pattern.compile("^UPDATE \\w+ SET .* WHERE \\(?\\(?ID = \\?"),
      "EclipseLink's update of one entity by its primary key (eclipselink#1333)",
      Pattern.compile("^DELETE FROM \\w+ WHERE \\(?\\(?ID = \\?"),
      "EclipseLink's delete of one entity by its primary key (eclipselink#1333)");

  /** A table after FROM, JOIN, UPDATE, INTO or a comma, with its alias if it has one. */
  private static final Pattern TABLE = Pattern.compile("(?i)(?:\\bFROM|\\bJOIN|\\bUPDATE|\\bINTO|,)\\s+`?(\\w+)`?"
      + "(?:\\s+(?:AS\\s+)?(?!(?:WHERE|ON|SET|LEFT|RIGHT|INNER|OUTER|CROSS|JOIN|ORDER|GROUP|LIMIT|VALUES|USING|FOR"
      + "|HAVING|UNION|SELECT)\\b)([a-z]\\w*))?");

  private TenantSql() {}

  /** @return the exemption's reason, if the statement is one */
  static java.util.Optional<String> exemption(String sql) {
    return EXEMPT.entrySet().stream().filter(e -> e.getKey().matcher(sql).find()).map(Map.Entry::getValue)
        .findFirst();
  }

  /** @return the tenant-owned tables the statement names */
  static Set<String> tenantTables(String sql, Set<String> tenantOwned) {
    Set<String> tables = new TreeSet<>();
    Matcher table = TABLE.matcher(sql);
    while (table.find()) {
      if (tenantOwned.contains(table.group(1).toLowerCase(Locale.ROOT))) {
        tables.add(table.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  /** @return the tenant-owned tables the statement names without binding them to a tenant (none when it is bound) */
  static Set<String> unbound(String sql, Set<String> tenantOwned) {
    Set<String> unbound = new TreeSet<>();
    Matcher table = TABLE.matcher(sql);
    while (table.find()) {
      String name = table.group(1).toLowerCase(Locale.ROOT);
      if (!tenantOwned.contains(name)) {
        continue;
      }
      // its tenant column, compared with a value or with the tenant column of a table it is joined to
      String column = (table.group(2) == null ? "" : Pattern.quote(table.group(2)) + "\\.") + "tenant_id";
      boolean bound = table.group(0).trim().toUpperCase(Locale.ROOT).startsWith("INTO")
          ? Pattern.compile("^\\s*\\([^)]*\\btenant_id\\b", Pattern.CASE_INSENSITIVE)
              .matcher(sql.substring(table.end())).find()
          : Pattern.compile("(?<![\\w.])" + column + "\\s*(?:=|IN\\b)|=\\s*" + column + "\\b",
              Pattern.CASE_INSENSITIVE).matcher(sql).find();
      if (!bound) {
        unbound.add(name);
      }
    }
    return unbound;
  }
}
