package io.linli.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the SLA scheduler pays to find due clocks among many running ones: its due query (SlaCheck.due), timed with
 * 0, 100, 1,000… clocks due, with the rows the database actually read, against a scan of every clock as the
 * reference; then the end-to-end time for the running server to handle that many really due clocks.
 *
 * <p>The query is timed without changing data: with its instant set to the n-th earliest {@code next_check_at}, exactly
 * the n first clocks of the index are due, which is the index range the scheduler reads when n clocks are due now.
 */
final class SlaScanCost {

  /** SlaCheck.due, as the scheduler sends it. */
  static final String DUE_QUERY =
      "SELECT id, tenant_id FROM ticket_clock WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ?";
  /** DueWorkScheduler.BATCH: clocks handled per scan. */
  static final int SCHEDULER_BATCH = 200;
  private static final int REPEAT = 200;

  /** The due query with {@code due} clocks due: its latency with the scheduler's LIMIT and with none. */
  record QueryCost(long due, double batchP50Micros, double batchP99Micros, long batchRowsRead,
      double allP50Micros, long allRowsRead) {}

  /** The server handling {@code due} clocks made due at once: when the first and the last was handled. */
  record Handling(int due, double firstSeconds, double lastSeconds, int left) {}

  record Outcome(long clocks, long runningClocks, double fullScanMillis, List<String> explain,
      List<QueryCost> queries, List<Handling> handlings) {}

  private final Database database;

  SlaScanCost(Database database) {
    this.database = database;
  }

  Outcome measure(int[] dueCounts, int[] handledCounts) throws SQLException, InterruptedException {
    try (Connection connection = database.open()) {
      long clocks = TicketDataGenerator.count(connection, "SELECT COUNT(*) FROM ticket_clock");
      long running = TicketDataGenerator.count(connection,
          "SELECT COUNT(*) FROM ticket_clock WHERE next_check_at IS NOT NULL");
      double fullScan = fullScanMillis(connection);
      List<String> explain = new ArrayList<>();
      List<QueryCost> queries = new ArrayList<>();
      for (int n : dueCounts) {
        Timestamp at = instantWithDue(connection, n);
        queries.add(time(connection, at, countDue(connection, at)));
        if (n == dueCounts[dueCounts.length - 1]) {
          explain.addAll(explain(connection, at));
        }
      }
      List<Handling> handlings = new ArrayList<>();
      Set<Long> used = new HashSet<>();
      for (int n : handledCounts) {
        handlings.add(handle(connection, n, used));
      }
      return new Outcome(clocks, running, fullScan, explain, queries, handlings);
    }
  }

  /** The reference: reading every clock, which is what a scan that grew with all tickets would cost. */
  private static double fullScanMillis(Connection connection) throws SQLException {
    double[] runs = new double[3];
    for (int i = 0; i < runs.length; i++) {
      long start = System.nanoTime();
      TicketDataGenerator.count(connection, "SELECT COUNT(*) FROM ticket_clock WHERE stopped_at IS NULL");
      runs[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(runs);
    return runs[1];
  }

  /** @return the instant at which exactly the {@code n} earliest clocks are due; now (none due) for 0 */
  private static Timestamp instantWithDue(Connection connection, int n) throws SQLException {
    if (n == 0) {
      return Database.at(Instant.now());
    }
    try (PreparedStatement select = connection.prepareStatement("SELECT next_check_at FROM ticket_clock"
        + " WHERE next_check_at IS NOT NULL ORDER BY next_check_at LIMIT 1 OFFSET ?")) {
      select.setInt(1, n - 1);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getTimestamp(1) : Database.at(Instant.now());
      }
    }
  }

  private static long countDue(Connection connection, Timestamp at) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(
        "SELECT COUNT(*) FROM ticket_clock WHERE next_check_at <= ?")) {
      count.setTimestamp(1, at);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static QueryCost time(Connection connection, Timestamp at, long due) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(DUE_QUERY)) {
      query.setTimestamp(1, at);
      long[] batch = repeat(query, SCHEDULER_BATCH);
      long batchRows = rowsRead(connection, query);
      long[] all = repeat(query, Integer.MAX_VALUE);
      long allRows = rowsRead(connection, query);
      return new QueryCost(due, batch[REPEAT / 2] / 1e3, batch[REPEAT * 99 / 100] / 1e3, batchRows,
          all[REPEAT / 2] / 1e3, allRows);
    }
  }

  /** @return sorted latencies in nanoseconds of the query run {@link #REPEAT} times with this LIMIT */
  private static long[] repeat(PreparedStatement query, int limit) throws SQLException {
    query.setInt(2, limit);
    long[] nanos = new long[REPEAT];
    for (int i = 0; i < REPEAT; i++) {
      long start = System.nanoTime();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          rows.getLong(1);
        }
      }
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  /**
   * @return the rows the storage engine read for one run of the query: the growth of the session's Handler_read_*
   *     counters, less what reading the counters itself adds
   */
  private static long rowsRead(Connection connection, PreparedStatement query) throws SQLException {
    long before = handlerReads(connection);
    long overhead = handlerReads(connection) - before;
    long start = handlerReads(connection);
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        rows.getLong(1);
      }
    }
    return handlerReads(connection) - start - overhead;
  }

  private static long handlerReads(Connection connection) throws SQLException {
    long sum = 0;
    try (Statement show = connection.createStatement();
        ResultSet rows = show.executeQuery("SHOW SESSION STATUS LIKE 'Handler_read%'")) {
      while (rows.next()) {
        sum += rows.getLong(2);
      }
    }
    return sum;
  }

  private static List<String> explain(Connection connection, Timestamp at) throws SQLException {
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + DUE_QUERY)) {
      explain.setTimestamp(1, at);
      explain.setInt(2, SCHEDULER_BATCH);
      List<String> lines = new ArrayList<>();
      try (ResultSet rows = explain.executeQuery()) {
        ResultSetMetaData columns = rows.getMetaData();
        while (rows.next()) {
          StringBuilder line = new StringBuilder();
          for (int c = 1; c <= columns.getColumnCount(); c++) {
            String value = rows.getString(c);
            if (value != null) {
              line.append(line.length() == 0 ? "" : "  ").append(columns.getColumnLabel(c)).append('=')
                  .append(value);
            }
          }
          lines.add(line.toString());
        }
      }
      return lines;
    }
  }

  /**
   * Makes {@code n} running clocks' warnings due now, as if their time had come, and waits for the server's
   * scheduler to handle them: it warns, and moves each clock's next check on to its breach.
   */
  private static Handling handle(Connection connection, int n, Set<Long> used)
      throws SQLException, InterruptedException {
    Instant now = Instant.now();
    List<Long> candidates = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id FROM ticket_clock WHERE next_check_at > ? ORDER BY next_check_at LIMIT ?")) {
      select.setTimestamp(1, Database.at(now.plus(Duration.ofHours(3))));
      select.setInt(2, Math.max(20_000, 4 * n));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          candidates.add(rows.getLong(1));
        }
      }
    }
    candidates.removeAll(used);
    Collections.shuffle(candidates, new Random(n));
    List<Long> chosen = candidates.subList(0, Math.min(n, candidates.size()));
    used.addAll(chosen);
    String ids = chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
    // Started 3 h ago with 4 h allowed: the warning (at 3/4) fell due a second ago, the breach is an hour away.
    Instant started = now.minus(Duration.ofHours(3)).minusSeconds(1);
    Timestamp due = Database.at(now.minusSeconds(1));
    try (PreparedStatement update = connection.prepareStatement("UPDATE ticket_clock SET started_at = ?,"
        + " due_at = ?, warned_at = NULL, next_check_at = ? WHERE id IN (" + ids + ")")) {
      update.setTimestamp(1, Database.at(started));
      update.setTimestamp(2, Database.at(started.plus(Duration.ofHours(4))));
      update.setTimestamp(3, due);
      update.executeUpdate();
    }
    long start = System.nanoTime();
    double first = Double.NaN;
    long deadline = start + Duration.ofSeconds(30 + n / 10).toNanos();
    try (PreparedStatement left = connection.prepareStatement(
        "SELECT COUNT(*) FROM ticket_clock WHERE id IN (" + ids + ") AND next_check_at <= ?")) {
      left.setTimestamp(1, due);
      while (System.nanoTime() < deadline) {
        int remaining;
        try (ResultSet row = left.executeQuery()) {
          row.next();
          remaining = row.getInt(1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (remaining < chosen.size() && Double.isNaN(first)) {
          first = seconds;
        }
        if (remaining == 0) {
          return new Handling(chosen.size(), first, seconds, 0);
        }
        Thread.sleep(50);
      }
      try (ResultSet row = left.executeQuery()) {
        row.next();
        return new Handling(chosen.size(), first, Double.NaN, row.getInt(1));
      }
    }
  }
}
