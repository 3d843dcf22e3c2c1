package io.linli.bench;

import static io.linli.bench.BenchReport.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The dashboard benchmark of issue 6, on a tenant that holds nearly all generated tickets: the time to get the
 * dashboard's figures over REST against one hand-written aggregate SQL over the same tickets on the same database;
 * and the server's heap while it streams Excel exports of the tickets, a small one and one ten times larger.
 */
final class DashboardBench {

  static final String TENANT = "huayuan";
  private static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");
  private static final int READS = 20;

  /** The reference: the headline figures in one statement, as an analyst would write them. */
  private static final String REFERENCE = "SELECT COUNT(*), SUM(t.status IN ('RESOLVED', 'CLOSED')), AVG(t.rating),"
      + " SUM(t.rating <= 2), SUM(t.category = 'complaint'), SUM(t.repeat_complaint),"
      + " AVG(TIMESTAMPDIFF(SECOND, r.started_at, r.stopped_at) - r.paused_seconds),"
      + " SUM(r.stopped_at <= r.due_at + INTERVAL r.paused_seconds SECOND)"
      + " FROM ticket t LEFT JOIN ticket_clock r ON r.tenant_id = t.tenant_id AND r.ticket_id = t.id"
      + " AND r.kind = 'RESPONSE' WHERE t.tenant_id = ? AND t.created_at >= ? AND t.created_at < ?";

  record Timing(String period, long tickets, double restP50, double restP99, double sqlP50, double sqlP99) {}

  record Export(long rows, double seconds, long bytes, long peakOldKb, long peakHeapKb) {}

  /** @param caughtUpSeconds how long after the load the server's tallies had counted every ticket */
  record Outcome(double caughtUpSeconds, List<Timing> timings, List<Export> exports, String heapNote) {}

  private static final Pattern AS_OF = Pattern.compile("\"asOf\"\\s*:\\s*\"([^\"]+)\"");

  private final Database database;
  private final URI server;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  DashboardBench(Database database, URI server) {
    this.database = database;
    this.server = server;
  }

  Outcome run(String token, Long serverPid) throws Exception {
    double caughtUp = awaitTallies(token);
    LocalDate today = LocalDate.now(COMPANY);
    List<Timing> timings = new ArrayList<>();
    for (int days : new int[] {30, 365}) {
      timings.add(time(token, today.minusDays(days - 1), today, days + " days"));
    }
    List<Export> exports = new ArrayList<>();
    String note;
    long total = count(today.minusDays(364), today);
    long large = Math.min(100_000, total / 2);
    if (serverPid == null) {
      note = "the server's process id is unknown (run through deploy/bench/run): heap not sampled";
    } else {
      note = "heap of the server (jstat -gc, every 100 ms) during each export, after a full GC";
      for (long rows : new long[] {large / 10, large}) {
        exports.add(export(token, serverPid, rows, today));
      }
    }
    return new Outcome(caughtUp, timings, exports, note);
  }

  /** Waits until the server's tallies were refreshed after now: every ticket loaded so far is counted. */
  private double awaitTallies(String token) throws Exception {
    Instant loaded = Instant.now();
    long start = System.nanoTime();
    while (true) {
      var asOf = AS_OF.matcher(get("/api/dashboard?from=" + LocalDate.now(COMPANY) + "&to=" + LocalDate.now(COMPANY),
          token));
      if (asOf.find() && Instant.parse(asOf.group(1)).isAfter(loaded)) {
        return (System.nanoTime() - start) / 1e9;
      }
      Thread.sleep(1000);
    }
  }

  private Timing time(String token, LocalDate from, LocalDate to, String name) throws Exception {
    String query = "from=" + from + "&to=" + to;
    for (int i = 0; i < 3; i++) { // warm: JIT, buffer pool, the 30 s settings cache
      get("/api/dashboard?" + query, token);
      reference(from, to);
    }
    Latencies rest = new Latencies();
    Latencies sql = new Latencies();
    for (int i = 0; i < READS; i++) {
      long start = System.nanoTime();
      get("/api/dashboard?" + query, token);
      rest.record(System.nanoTime() - start);
      start = System.nanoTime();
      reference(from, to);
      sql.record(System.nanoTime() - start);
    }
    rest = Latencies.merge(List.of(rest));
    sql = Latencies.merge(List.of(sql));
    return new Timing(name, count(from, to), rest.percentileMillis(0.5), rest.percentileMillis(0.99),
        sql.percentileMillis(0.5), sql.percentileMillis(0.99));
  }

  private void reference(LocalDate from, LocalDate to) throws SQLException {
    try (Connection connection = database.open();
        PreparedStatement select = connection.prepareStatement(REFERENCE)) {
      bind(select, from, to);
      try (ResultSet row = select.executeQuery()) {
        row.next();
      }
    }
  }

  private long count(LocalDate from, LocalDate to) throws SQLException {
    try (Connection connection = database.open();
        PreparedStatement select = connection.prepareStatement(
            "SELECT COUNT(*) FROM ticket WHERE tenant_id = ? AND created_at >= ? AND created_at < ?")) {
      bind(select, from, to);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** Exports about {@code rows} tickets: the newest days that hold that many. */
  private Export export(String token, long serverPid, long rows, LocalDate today) throws Exception {
    LocalDate from;
    try (Connection connection = database.open();
        PreparedStatement select = connection.prepareStatement("SELECT created_at FROM ticket WHERE tenant_id = ?"
            + " ORDER BY created_at DESC LIMIT 1 OFFSET ?")) {
      select.setString(1, TENANT);
      select.setLong(2, rows);
      try (ResultSet row = select.executeQuery()) {
        from = row.next() ? row.getTimestamp(1).toInstant().atZone(COMPANY).toLocalDate().plusDays(1) : today;
      }
    }
    long exported = count(from, today);
    jcmd(serverPid, "GC.run");
    AtomicLong peakOld = new AtomicLong();
    AtomicLong peakHeap = new AtomicLong();
    Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(serverPid), "100").redirectErrorStream(true)
        .start();
    Thread sampler = new Thread(() -> sample(jstat, peakOld, peakHeap));
    sampler.start();
    long start = System.nanoTime();
    HttpResponse<byte[]> sheet = http.send(HttpRequest.newBuilder(server.resolve("/api/tickets/export?from=" + from
        + "&to=" + today)).header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(30)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    double seconds = (System.nanoTime() - start) / 1e9;
    jstat.destroy();
    sampler.join();
    if (sheet.statusCode() != 200) {
      throw new IOException("export: HTTP " + sheet.statusCode());
    }
    return new Export(exported, seconds, sheet.body().length, peakOld.get(), peakHeap.get());
  }

  /** Reads jstat -gc lines: S0U S1U EU OU are columns 3, 4, 6 and 8 (KB). */
  private static void sample(Process jstat, AtomicLong peakOld, AtomicLong peakHeap) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
      for (String line; (line = lines.readLine()) != null; ) {
        String[] c = line.trim().split("\\s+");
        if (c.length < 8 || c[0].startsWith("S0C")) {
          continue;
        }
        long old = (long) Double.parseDouble(c[7]);
        long heap = (long) (Double.parseDouble(c[2]) + Double.parseDouble(c[3]) + Double.parseDouble(c[5])) + old;
        peakOld.accumulateAndGet(old, Math::max);
        peakHeap.accumulateAndGet(heap, Math::max);
      }
    } catch (IOException | NumberFormatException e) {
      // the process was stopped: the peaks so far stand
    }
  }

  private static void jcmd(long pid, String command) throws IOException, InterruptedException {
    new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
  }

  private String get(String path, String token) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve(path))
        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + path + ": " + response.body());
    }
    return response.body();
  }

  private static void bind(PreparedStatement select, LocalDate from, LocalDate to) throws SQLException {
    select.setString(1, TENANT);
    select.setTimestamp(2, Database.at(from.atStartOfDay(COMPANY).toInstant()));
    select.setTimestamp(3, Database.at(to.plusDays(1).atStartOfDay(COMPANY).toInstant()));
  }

  static void report(BenchReport report, Outcome outcome) {
    report.line(String.format("The server's daily tallies counted every loaded ticket %.0f s after the load.",
        outcome.caughtUpSeconds()));
    report.line("Dashboard figures of " + TENANT + " (company level) over REST vs one hand-written aggregate SQL,"
        + " " + READS + " reads each, one at a time:");
    List<List<String>> rows = new ArrayList<>();
    for (Timing t : outcome.timings()) {
      double ratio = t.restP50() / t.sqlP50();
      rows.add(List.of(t.period(), String.format("%,d", t.tickets()), number(t.restP50(), 1), number(t.restP99(), 1),
          number(t.sqlP50(), 1), number(ratio, 2) + " x SQL",
          (ratio <= 2 && t.restP50() <= 200 ? "met:" : "MISSED:") + " <= 2 x SQL, <= 200 ms"));
    }
    report.table(List.of("period", "tickets", "REST p50 ms", "p99 ms", "SQL p50 ms", "vs reference", "target"),
        rows);
    report.line("");
    report.line("Excel export of tickets (GET /api/tickets/export), " + outcome.heapNote() + ":");
    List<List<String>> exports = new ArrayList<>();
    for (Export e : outcome.exports()) {
      exports.add(List.of(String.format("%,d", e.rows()), number(e.seconds(), 1),
          String.format("%,d", e.bytes() / 1024), String.format("%,d", e.peakOldKb() / 1024),
          String.format("%,d", e.peakHeapKb() / 1024)));
    }
    report.table(List.of("rows", "seconds", "file KB", "peak old gen MB", "peak heap MB"), exports);
    if (outcome.exports().size() == 2) {
      Export small = outcome.exports().get(0);
      Export big = outcome.exports().get(1);
      double growth = (double) big.peakOldKb() / Math.max(1, small.peakOldKb());
      report.line(String.format("old gen at %,d rows = %s x at %,d rows: %s", big.rows(), number(growth, 2),
          small.rows(), growth <= 1.5 ? "met: flat (<= 1.5 x for 10 x the rows)" : "MISSED: grows with the rows"));
    }
  }
}
