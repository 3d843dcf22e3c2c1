package io.linli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The reliability suites of issue 7 (deploy/bench/reliability): suite 3, load held ({@code --suite load}), and
 * suite 4, faults under load ({@code --suite faults}). Starts its own database and server (ports 8190/3327, data in
 * ~/.linli/reliability, emptied first) so that it can kill either; prints the figures and writes them to
 * deploy/bench/target/results-{suite}.txt.
 */
public final class Reliability {

  static final String USAGE = """
      usage: Reliability --suite load|faults [--rate R] [--owners 20]
        load:   [--seconds 120] [--warmup 15]                    R: requests/s, default 20
        faults: [--faults db,server,mail] [--outage 60] [--notices 3] [--retry-seconds 10]
                                                                 R: tickets filed/s, default 5""";

  private static final int PORT = 8190;
  private static final int DB_PORT = 3327;
  private static final int SMTP_PORT = 3335;

  private Reliability() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--") || !USAGE.contains(args[i] + " ")) {
        fail("unknown option " + args[i]);
      }
      given.put(args[i].substring(2), args[i + 1]);
    }
    String suite = given.getOrDefault("suite", "");
    if (args.length % 2 != 0 || !suite.equals("load") && !suite.equals("faults")) {
      fail("--suite is load or faults");
    }
    boolean faults = suite.equals("faults");
    double rate = Double.parseDouble(given.getOrDefault("rate", faults ? "5" : "20"));
    int owners = Integer.parseInt(given.getOrDefault("owners", "20"));

    Path root = Path.of(System.getProperty("linli.root", ".")).toAbsolutePath().normalize();
    Path target = root.resolve("deploy/bench/target");
    Path home = Path.of(System.getProperty("user.home"), ".linli", "reliability");
    deleteTree(home.resolve("mariadb/data"));
    Map<String, String> environment = new HashMap<>();
    Path config = target.resolve("reliability.properties");
    environment.put("LINLI_CONFIG", config.toString());
    String settings = "linli.sla.scan-seconds=1\n";
    Faults.Mailbox mailbox = null;
    if (faults) {
      environment.put("LINLI_TENANTS", tenantsWithShortClocks(root, target).toString());
      settings += "linli.outbound.scan-seconds=1\nlinli.delivery.retry-seconds="
          + given.getOrDefault("retry-seconds", "10") + "\nlinli.mail.host=127.0.0.1\nlinli.mail.port="
          + SMTP_PORT + "\n";
      mailbox = new Faults.Mailbox(SMTP_PORT);
      mailbox.start();
    }
    Files.writeString(config, settings);
    Path log = target.resolve("reliability-server.log");
    Files.deleteIfExists(log);

    long started = System.nanoTime();
    BenchReport report = new BenchReport();
    try (LinliStack stack = new LinliStack(root, home, PORT, DB_PORT, environment, log)) {
      say("starting MariaDB (port " + DB_PORT + ") and Linli (port " + PORT + "; log " + log + ")");
      stack.startDatabase();
      Duration start = stack.startServer();
      say(String.format("Linli ready in %.1f s", start.toMillis() / 1e3));
      LinliClient client = new LinliClient(stack.server());
      Database database = new Database(stack.dbUrl(), "linli", "linli");
      DemoPeople people = new DemoPeople(client, database, owners);
      String run = Long.toString(System.currentTimeMillis(), 36);
      int cores = Runtime.getRuntime().availableProcessors();
      if (faults) {
        Faults suite4 = new Faults(stack, client, people, database, run, rate, Reliability::say);
        List<String> chosen = List.of(given.getOrDefault("faults", "db,server,mail").split(","));
        report.line(String.format("Linli faults under load: %d owners filing %.0f tickets/s, each retried with its"
            + " Idempotency-Key until acknowledged; %d cores shared by client, server and database", owners, rate,
            cores));
        report.line("");
        try {
          if (chosen.contains("db")) {
            suite4.database(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(20));
          }
          if (chosen.contains("server")) {
            suite4.server(Duration.ofSeconds(40), Duration.ofSeconds(15));
          }
          if (chosen.contains("mail")) {
            suite4.mail(mailbox, Duration.ofSeconds(Long.parseLong(given.getOrDefault("outage", "60"))),
                Integer.parseInt(given.getOrDefault("notices", "3")));
          }
        } finally {
          Faults.report(report, suite4.rows); // what the scenarios run so far found, also when one failed
        }
      } else {
        int seconds = Integer.parseInt(given.getOrDefault("seconds", "120"));
        int warmup = Integer.parseInt(given.getOrDefault("warmup", "15"));
        HeldLoad load = new HeldLoad(client, people, run);
        load.prepare(5);
        say(String.format("load held: %.0f requests/s for %d s after %d s warm-up", rate, seconds, warmup));
        HeldLoad.Outcome outcome = load.run(rate, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds), 64);
        report.line(String.format("Linli load held: %d owners and an agent of huayuan, %.0f requests/s for %d s"
            + " after %d s warm-up (open loop; latency from when each request was due); %d cores shared by client,"
            + " server and database", owners, rate, seconds, warmup, cores));
        report.line("");
        HeldLoad.report(report, outcome, rate);
      }
    } finally {
      if (mailbox != null) {
        mailbox.stop();
      }
      report.line(String.format("whole run %.0f s", (System.nanoTime() - started) / 1e9));
      System.out.println();
      System.out.print(report.text());
      Path results = target.resolve("results-" + suite + ".txt");
      report.write(results);
      System.out.println("\n[reliability] written to " + results);
    }
    System.exit(0);
  }

  /** An owner's report: what TicketMix files, with the priority and channel the server gives an owner's. */
  static TicketMix.Report ownerReport(SplittableRandom random) {
    TicketMix.Report report = TicketMix.report(random);
    return new TicketMix.Report(report.category(), null, null, report.title(), report.description());
  }

  /**
   * The demo tenants with huayuan's repairs answered within one minute and each escalation level given one
   * minute, so that clocks run out (and escalate twice) while the server is down.
   */
  private static Path tenantsWithShortClocks(Path root, Path target) throws IOException {
    Path tenants = target.resolve("reliability-tenants");
    deleteTree(tenants);
    Path from = root.resolve("tenants");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path to = tenants.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    Files.writeString(tenants.resolve("huayuan/sla.yaml"), """
        # deploy/bench/reliability: short clocks for the fault suite
        policies:
          - category: repair
            respond: 1m
        escalation:
          time_to_act: 1m
        """);
    return tenants;
  }

  private static void deleteTree(Path path) throws IOException {
    if (Files.exists(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static void fail(String message) {
    System.err.println(message + "\n" + USAGE);
    System.exit(2);
  }

  static void say(String message) {
    System.out.println("[reliability] " + message);
  }
}
