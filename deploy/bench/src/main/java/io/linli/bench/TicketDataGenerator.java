package io.linli.bench;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Fills the database with a year of tickets over many tenants: the demo tenants the server provisioned, plus
 * synthetic ones ({@code bench001}…) with a project, buildings and households inserted directly. Tickets, their clock
 * rows and their FILE event are streamed in with LOAD DATA LOCAL in large chunks: a million tickets in minutes, where
 * filing them through the application would take hours. Open tickets get running clocks that are due days from now,
 * so that nothing is due until the SLA step makes it so.
 */
final class TicketDataGenerator {

  private static final int CHUNK = 20_000;
  private static final int BUILDINGS_PER_TENANT = 5;
  private static final int HOUSEHOLDS_PER_BUILDING = 20;
  private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private final Database database;
  private final BenchOptions options;
  private final Instant now = Instant.now();
  private final SplittableRandom random = new SplittableRandom(20260101L);

  /** What was generated: tickets in total now in the database, of them open, and how long it took. */
  record Generated(long tickets, long open, long clocks, Duration took, boolean reused) {}

  TicketDataGenerator(Database database, BenchOptions options) {
    this.database = database;
    this.options = options;
  }

  Generated generate(Consumer<String> progress) throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = database.open()) {
      long existing = count(connection, "SELECT COUNT(*) FROM ticket");
      if (existing >= options.tickets()) {
        progress.accept("reusing the " + existing + " tickets already in the database");
        return summary(connection, started, true);
      }
      List<String> tenants = tenants();
      createSyntheticTenants(connection, tenants);
      List<Household> huayuan = new ArrayList<>();
      List<Household> others = new ArrayList<>();
      for (Household household : Household.all(connection)) {
        if (household.tenant().equals("huayuan")) {
          huayuan.add(household);
        } else if (tenants.contains(household.tenant())) {
          others.add(household);
        }
      }
      if (others.isEmpty()) {
        others = huayuan;
      }
      // Bulk loading checks nothing the generator does not guarantee itself: every key it writes exists.
      try (Statement session = connection.createStatement()) {
        session.execute("SET SESSION foreign_key_checks = 0");
        session.execute("SET SESSION unique_checks = 0");
      }
      connection.setAutoCommit(false);
      long nextId = count(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM ticket");
      long toGenerate = options.tickets() - existing;
      for (long done = 0; done < toGenerate; done += CHUNK) {
        int size = (int) Math.min(CHUNK, toGenerate - done);
        loadChunk(connection, nextId + done, size, done, toGenerate, huayuan, others);
        connection.commit();
        if ((done / CHUNK) % 10 == 9 || done + size == toGenerate) {
          progress.accept(String.format("%,d of %,d tickets in %.0f s", done + size, toGenerate,
              (System.nanoTime() - started) / 1e9));
        }
      }
      connection.setAutoCommit(true);
      try (Statement analyze = connection.createStatement()) {
        analyze.execute("ANALYZE TABLE ticket, ticket_clock, ticket_event"); // fresh statistics for the plans
      }
      return summary(connection, started, false);
    }
  }

  /** @return the tenants to spread tickets over: huayuan, lanting, then bench001… up to the number asked for */
  private List<String> tenants() {
    List<String> tenants = new ArrayList<>(List.of("huayuan", "lanting").subList(0, Math.min(2,
        options.tenants())));
    for (int i = 1; tenants.size() < options.tenants(); i++) {
      tenants.add(String.format("bench%03d", i));
    }
    return tenants;
  }

  /** One region, one project, a few buildings of households per synthetic tenant; no staff, no residents. */
  private void createSyntheticTenants(Connection connection, List<String> tenants) throws SQLException {
    for (String slug : tenants) {
      if (!slug.startsWith("bench") || exists(connection, slug)) {
        continue;
      }
      try (PreparedStatement tenant = connection.prepareStatement(
          "INSERT INTO tenant (slug, name_zh, name_en, theme, created_at) VALUES (?, ?, ?, 'huayuan', ?)")) {
        tenant.setString(1, slug);
        tenant.setString(2, "压测物业" + slug.substring(5));
        tenant.setString(3, "Bench Property " + slug.substring(5));
        tenant.setTimestamp(4, Database.at(now));
        tenant.executeUpdate();
      }
      long region = insert(connection, "INSERT INTO region (tenant_id, code, name_zh, name_en)"
          + " VALUES (?, 'main', '主区域', 'Main Region')", slug);
      long project = insert(connection, "INSERT INTO project (tenant_id, region_id, code, name_zh, name_en, address)"
          + " VALUES (?, " + region + ", 'garden', '压测花园', 'Bench Garden', '测试路 1 号')", slug);
      try (PreparedStatement household = connection.prepareStatement(
          "INSERT INTO household (tenant_id, building_id, unit, floor_area) VALUES (?, ?, ?, 98.50)")) {
        for (int b = 1; b <= BUILDINGS_PER_TENANT; b++) {
          long building = insert(connection, "INSERT INTO building (tenant_id, project_id, code, name_zh, name_en)"
              + " VALUES (?, " + project + ", '" + b + "', '" + b + "号楼', 'Building " + b + "')", slug);
          for (int h = 1; h <= HOUSEHOLDS_PER_BUILDING; h++) {
            household.setString(1, slug);
            household.setLong(2, building);
            household.setString(3, b + "-" + (100 * (1 + (h - 1) / 2) + 1 + (h - 1) % 2));
            household.addBatch();
          }
        }
        household.executeBatch();
      }
    }
  }

  /**
   * Tickets {@code firstId}… of one chunk, created in id order over the past year (position {@code done} of
   * {@code total}), with their clocks and FILE events.
   */
  private void loadChunk(Connection connection, long firstId, int size, long done, long total,
      List<Household> huayuan, List<Household> others) throws SQLException {
    StringBuilder tickets = new StringBuilder(size * 320);
    StringBuilder clocks = new StringBuilder(size * 220);
    StringBuilder events = new StringBuilder(size * 160);
    Duration year = Duration.ofDays(365);
    Instant written = Instant.now();
    for (int i = 0; i < size; i++) {
      long id = firstId + i;
      List<Household> from = random.nextDouble() < options.huayuanShare() ? huayuan : others;
      Household household = from.get(random.nextInt(from.size()));
      TicketMix.Report report = TicketMix.report(random);
      String status = TicketMix.status(random, options.openShare());
      boolean open = TicketMix.isOpen(status);
      double age = 1.0 - (double) (done + i) / total;
      Instant created = now.minus(year.multipliedBy((long) (age * 1_000_000)).dividedBy(1_000_000))
          .minusSeconds(60);
      Instant resolved = open ? null : created.plusSeconds(600 + random.nextInt(36 * 3600));
      row(tickets, id, household.tenant(), household.id(), household.buildingId(), household.projectId(),
          household.ownerId(), null, null, report.category(), report.priority(), report.channel(), report.title(),
          // updated_at is when the row was written, as the application stamps it: the dashboard's tallies take
          // the tickets changed since they last looked
          report.description(), status, "BUILDING_STEWARD", time(created), time(written), time(resolved),
          status.equals("CLOSED") && random.nextInt(3) == 0 ? 3 + random.nextInt(3) : null,
          0, 0, 0, 0, status.equals("RECEIVED") ? null : time(created.plusSeconds(300)), 0, null);
      for (String kind : report.clockKinds()) {
        boolean responded = !status.equals("RECEIVED") && !kind.equals("RESOLUTION");
        boolean running = open && !responded;
        boolean paused = running && status.equals("ON_HOLD");
        // A running clock warns between an hour and a month from now, so that none is due by accident; its next
        // check is that warning, at 3/4 of its allowed time (SlaClock.warnAt), as the application stores it.
        long quarter = (now.getEpochSecond() - created.getEpochSecond() + 3600 + random.nextInt(30 * 86400)) / 3;
        Instant nextCheck = running && !paused ? created.plusSeconds(3 * quarter) : null;
        Instant due = running ? created.plusSeconds(4 * quarter) : created.plusSeconds(86400);
        Instant stopped = running ? null : open ? created.plusSeconds(300) : resolved;
        row(clocks, household.tenant(), id, kind, time(created), time(due), 0, paused ? time(created.plusSeconds(600))
            : null, time(stopped), null, null, null, time(nextCheck));
      }
      row(events, household.tenant(), id, time(created), "FILE", report.channel().equals("PHONE") ? "STAFF"
          : "RESIDENT", null, report.channel().equals("PHONE") ? "客服" : "业主", report.channel(), "RECEIVED",
          report.title());
    }
    load(connection, tickets, "ticket", "id, tenant_id, household_id, building_id, project_id, reporter_id,"
        + " first_agent_id, assignee_id, category, priority, channel, title, description, status, escalation_level,"
        + " created_at, updated_at, resolved_at, rating, urge_count, reopen_count, repeat_complaint, pooled,"
        + " dispatched_at, version, idempotency_key");
    load(connection, clocks, "ticket_clock", "tenant_id, ticket_id, kind, started_at, due_at, paused_seconds,"
        + " paused_since, stopped_at, warned_at, breached_at, escalate_again_at, next_check_at");
    load(connection, events, "ticket_event", "tenant_id, ticket_id, at, action, actor_kind, actor_id, actor_name,"
        + " channel, status_after, text");
  }

  /** Appends one tab-separated row; null is LOAD DATA's {@code \N}. Generated text holds no tab or newline. */
  private static void row(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      out.append(i == 0 ? "" : "\t").append(values[i] == null ? "\\N" : values[i]);
    }
    out.append('\n');
  }

  /** Streams the rows from memory: Connector/J sends this stream whatever file name the statement gives. */
  private static void load(Connection connection, StringBuilder rows, String table, String columns)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(
          new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
      statement.execute("LOAD DATA LOCAL INFILE 'generated.tsv' INTO TABLE " + table + " CHARACTER SET utf8mb4"
          + " FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (" + columns + ")");
    }
  }

  /** Timestamps as the server's JVM writes them to DATETIME: in this machine's zone. */
  private static String time(Instant instant) {
    return instant == null ? null : DATETIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
  }

  private Generated summary(Connection connection, long started, boolean reused) throws SQLException {
    return new Generated(count(connection, "SELECT COUNT(*) FROM ticket"),
        count(connection, "SELECT COUNT(*) FROM ticket WHERE status NOT IN ('RESOLVED', 'CLOSED')"),
        count(connection, "SELECT COUNT(*) FROM ticket_clock"),
        Duration.ofNanos(System.nanoTime() - started), reused);
  }

  private static long insert(Connection connection, String sql, String tenant) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, tenant);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static boolean exists(Connection connection, String tenant) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM tenant WHERE slug = ?")) {
      select.setString(1, tenant);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
