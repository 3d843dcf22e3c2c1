package io.linli.bench;

import static io.linli.bench.BenchReport.loadRow;
import static io.linli.bench.BenchReport.number;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticket benchmark of issue 3, against a running Linli and its database (deploy/bench/run starts both): fills
 * the database, then measures ticket creation over REST against raw JDBC inserts, the staff queue, and the SLA
 * scheduler's scan, and prints each figure next to a reference measured in the same run.
 */
public final class Bench {

  /** The demo staff member whose queue is read and who files tickets for phoning owners (tenants/huayuan). */
  private static final String TENANT = "huayuan";
  private static final String PROJECT = "xixi";
  private static final String AGENT = "agent.xixi";
  private static final String DEMO_PASSWORD = "linli123";

  private Bench() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    long started = System.nanoTime();
    Database database = new Database(options.dbUrl(), options.dbUser(), options.dbPassword());
    LinliClient client = new LinliClient(options.server());

    say(String.format("generating %,d tickets over %d tenants", options.tickets(), options.tenants()));
    TicketDataGenerator.Generated generated = new TicketDataGenerator(database, options).generate(Bench::say);

    if (options.suite().equals("dashboard")) {
      dashboard(options, database, generated, started);
      return;
    }
    List<Household> households;
    RawTicketInsert.Agent agent;
    try (Connection connection = database.open()) {
      households = Household.ofProject(connection, TENANT, PROJECT);
      agent = agent(connection);
    }
    String token = client.signIn("staff", TENANT, AGENT, DEMO_PASSWORD);

    say("ticket creation: raw JDBC, then REST, " + options.clients() + " connections, " + options.seconds() + " s each");
    CreateLoad.Outcome create = new CreateLoad(database, client, options).run(households, agent, token);

    long queueTickets;
    long deepCursor;
    try (Connection connection = database.open()) {
      queueTickets = queueTickets(connection);
      deepCursor = middleTicket(connection, queueTickets);
    }
    say(String.format("staff queue of %s (%,d tickets), %d clients", AGENT, queueTickets, options.queueClients()));
    List<LoadRun.Result> queue = new QueueLoad(client, options).run(token, deepCursor);

    say("SLA scan cost");
    SlaScanCost.Outcome sla = new SlaScanCost(database).measure(new int[] {0, 100, 1_000, 10_000},
        new int[] {100, 1_000});

    BenchReport report = report(options, generated, create, queueTickets, queue, sla,
        (System.nanoTime() - started) / 1e9);
    System.out.println();
    System.out.print(report.text());
    report.write(options.results());
    System.out.println("\n[bench] written to " + options.results().toAbsolutePath());
  }

  private static void dashboard(BenchOptions options, Database database, TicketDataGenerator.Generated generated,
      long started) throws Exception {
    String pid = System.getenv("LINLI_BENCH_SERVER_PID");
    String token = new LinliClient(options.server()).signIn("staff", TENANT, "admin", DEMO_PASSWORD);
    say("dashboard figures and Excel exports of " + TENANT);
    DashboardBench.Outcome outcome = new DashboardBench(database, options.server())
        .run(token, pid == null || pid.isBlank() ? null : Long.valueOf(pid));
    BenchReport report = new BenchReport();
    report.line(String.format("Linli dashboard benchmark: %,d tickets (%,d clocks), %.0f %% of them in %s; data %s;"
            + " whole run %.0f s; %d cores shared by client, server and database", generated.tickets(),
        generated.clocks(), options.huayuanShare() * 100, TENANT, generated.reused() ? "reused" : "generated",
        (System.nanoTime() - started) / 1e9, Runtime.getRuntime().availableProcessors()));
    report.line("");
    DashboardBench.report(report, outcome);
    System.out.println();
    System.out.print(report.text());
    report.write(options.results());
    System.out.println("\n[bench] written to " + options.results().toAbsolutePath());
  }

  private static BenchReport report(BenchOptions options, TicketDataGenerator.Generated generated,
      CreateLoad.Outcome create, long queueTickets, List<LoadRun.Result> queue, SlaScanCost.Outcome sla,
      double seconds) {
    BenchReport report = new BenchReport();
    report.line(String.format("Linli ticket benchmark: %,d tickets (%,d open, %,d clocks) over %d tenants; "
            + "%d s measured per step after %d s warm-up; %d cores shared by client, server and database",
        generated.tickets(), generated.open(), generated.clocks(), options.tenants(), options.seconds(),
        options.warmupSeconds(), Runtime.getRuntime().availableProcessors()));
    report.line(String.format("data %s in %.0f s; whole run %.0f s",
        generated.reused() ? "reused" : "generated", generated.took().toMillis() / 1e3, seconds));
    report.line("");

    List<String> header = List.of("step (connections)", "ops/s", "p50 ms", "p99 ms", "errors", "vs reference",
        "target");
    List<List<String>> rows = new ArrayList<>();
    rows.add(loadRow(create.raw(), "reference", ""));
    rows.add(loadRow(create.rest(), number(create.ratio(), 2) + " x raw",
        verdict(create.ratio() >= 0.5 && create.rest().p99() <= 50) + " >= 0.5 x raw, p99 <= 50 ms"));
    LoadRun.Result status = queue.get(0);
    rows.add(loadRow(status, "reference", ""));
    for (LoadRun.Result read : queue.subList(1, queue.size())) {
      rows.add(loadRow(read, number(read.p99() / status.p99(), 1) + " x status p99",
          verdict(read.p99() <= 30) + " p99 <= 30 ms"));
    }
    report.table(header, rows);
    report.line(String.format("queue: %s of huayuan/%s sees %,d tickets", AGENT, PROJECT, queueTickets));
    for (LoadRun.Result result : List.of(create.raw(), create.rest(), queue.get(0))) {
      if (result.firstError() != null) {
        report.line("first error of " + result.name() + ": " + result.firstError());
      }
    }
    queue.stream().filter(r -> r.firstError() != null).findFirst()
        .ifPresent(r -> report.line("first error of " + r.name() + ": " + r.firstError()));
    report.line("");

    report.line(String.format("SLA due query (SlaCheck.due) among %,d clocks, %,d running; reference: reading every"
        + " clock takes %s ms", sla.clocks(), sla.runningClocks(), number(sla.fullScanMillis(), 1)));
    List<List<String>> scans = new ArrayList<>();
    for (SlaScanCost.QueryCost q : sla.queries()) {
      scans.add(List.of(String.format("%,d due", q.due()), number(q.batchP50Micros() / 1e3, 3),
          number(q.batchP99Micros() / 1e3, 3), String.format("%,d", q.batchRowsRead()),
          number(q.allP50Micros() / 1e3, 3), String.format("%,d", q.allRowsRead()),
          number(q.allP50Micros() / 1e3 / sla.fullScanMillis(), 4) + " x all"));
    }
    report.table(List.of("clocks due", "LIMIT 200 p50 ms", "p99 ms", "rows read", "no LIMIT p50 ms", "rows read",
        "vs reading all"), scans);
    sla.explain().forEach(line -> report.line("EXPLAIN: " + line));
    List<List<String>> handled = new ArrayList<>();
    for (SlaScanCost.Handling h : sla.handlings()) {
      handled.add(List.of(String.format("%,d due", h.due()), number(h.firstSeconds(), 2),
          number(h.lastSeconds(), 2), String.valueOf(h.left())));
    }
    report.line("");
    report.line("made due at once, handled by the running server's scheduler (" + SlaScanCost.SCHEDULER_BATCH
        + " per scan):");
    report.table(List.of("clocks", "first handled s", "all handled s", "left"), handled);
    return report;
  }

  private static String verdict(boolean met) {
    return met ? "met:" : "MISSED:";
  }

  private static RawTicketInsert.Agent agent(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id, display_name FROM staff_member WHERE tenant_id = ? AND username = ?")) {
      select.setString(1, TENANT);
      select.setString(2, AGENT);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException(AGENT + " of " + TENANT + " is missing: is the demo tenant provisioned?");
        }
        return new RawTicketInsert.Agent(row.getLong(1), row.getString(2));
      }
    }
  }

  /** @return how many tickets the agent's queue holds: those of the agent's project */
  private static long queueTickets(Connection connection) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM ticket t JOIN project p"
        + " ON p.id = t.project_id WHERE t.tenant_id = ? AND p.code = ?")) {
      count.setString(1, TENANT);
      count.setString(2, PROJECT);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** @return the id half-way back through the agent's tickets: the cursor of a page deep in the queue */
  private static long middleTicket(Connection connection, long tickets) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT t.id FROM ticket t JOIN project p"
        + " ON p.id = t.project_id WHERE t.tenant_id = ? AND p.code = ? ORDER BY t.id DESC LIMIT 1 OFFSET ?")) {
      select.setString(1, TENANT);
      select.setString(2, PROJECT);
      select.setLong(3, tickets / 2);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getLong(1) : Long.MAX_VALUE;
      }
    }
  }

  private static void say(String message) {
    System.out.println("[bench] " + message);
  }
}
