package io.linli.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What to measure and against what, from {@code --name value} arguments. The defaults are the full benchmark of
 * issue 3 against the server and database that deploy/bench/run starts; {@code --tickets 50000} is the quick mode.
 *
 * @param tickets tickets the data set holds before the load starts
 * @param tenants tenants the tickets are spread over: the demo tenants plus synthetic {@code bench001}…
 * @param seconds how long each load step is measured
 * @param warmupSeconds how long each load step runs unmeasured first, so that both JITs and the buffer pool are warm
 * @param clients concurrent connections of the create steps (REST and raw JDBC alike)
 * @param queueClients concurrent staff reading their queue
 * @param huayuanShare the share of tickets in the demo tenant huayuan, whose staff queue is measured
 * @param openShare the share of generated tickets still open (their clocks running, none due)
 * @param suite {@code tickets} (issue 3: creation, queue, SLA scan) or {@code dashboard} (issue 6: the dashboard's
 *     figures and Excel exports, on one tenant holding nearly all tickets — the defaults of tenants and share follow)
 */
record BenchOptions(int tickets, int tenants, int seconds, int warmupSeconds, int clients, int queueClients,
    double huayuanShare, double openShare, URI server, String dbUrl, String dbUser, String dbPassword,
    Path results, String suite) {

  static final String USAGE = """
      usage: Bench [--suite tickets|dashboard] [--tickets 1000000] [--tenants 100] [--seconds 30] [--warmup 5] [--clients 64]
                   [--queue-clients 8] [--huayuan-share 0.1] [--open-share 0.08]
                   [--server http://127.0.0.1:8180] [--db-url jdbc:mysql://127.0.0.1:3317/linli]
                   [--db-user linli] [--db-password linli] [--results deploy/bench/target/results.txt]""";

  static BenchOptions parse(String... args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("unexpected argument " + args[i] + "\n" + USAGE);
      }
      given.put(args[i].substring(2), args[++i]);
    }
    String suite = given.getOrDefault("suite", "tickets");
    boolean dashboard = suite.equals("dashboard");
    if (!dashboard && !suite.equals("tickets")) {
      throw new IllegalArgumentException("--suite is tickets or dashboard\n" + USAGE);
    }
    var options = new BenchOptions(
        Integer.parseInt(given.getOrDefault("tickets", "1000000")),
        Integer.parseInt(given.getOrDefault("tenants", dashboard ? "2" : "100")),
        Integer.parseInt(given.getOrDefault("seconds", "30")),
        Integer.parseInt(given.getOrDefault("warmup", "5")),
        Integer.parseInt(given.getOrDefault("clients", "64")),
        Integer.parseInt(given.getOrDefault("queue-clients", "8")),
        Double.parseDouble(given.getOrDefault("huayuan-share", dashboard ? "1" : "0.1")),
        Double.parseDouble(given.getOrDefault("open-share", "0.08")),
        URI.create(given.getOrDefault("server", "http://127.0.0.1:8180")),
        given.getOrDefault("db-url", "jdbc:mysql://127.0.0.1:3317/linli"),
        given.getOrDefault("db-user", "linli"),
        given.getOrDefault("db-password", "linli"),
        Path.of(given.getOrDefault("results", "deploy/bench/target/results" + (dashboard ? "-dashboard" : "")
            + ".txt")), suite);
    for (String name : given.keySet()) {
      if (!USAGE.contains("--" + name + " ")) {
        throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
      }
    }
    if (options.tenants < 1 || options.tickets < 1000) {
      throw new IllegalArgumentException("at least 1 tenant and 1000 tickets\n" + USAGE);
    }
    return options;
  }
}
