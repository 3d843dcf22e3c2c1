package io.linli.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Linli: the database (embedded MariaDB unless {@code LINLI_DB_URL} names an external MySQL), then Payara
 * Micro with the Linli WAR in a child JVM, provisioning the tenants of {@code tenants/}. Stops both on Ctrl-C.
 *
 * <p>Settings, from the environment: {@code LINLI_PORT} (8080), {@code LINLI_HOME} (~/.linli, where the embedded
 * database keeps its data), {@code LINLI_DB_PORT} (3307), {@code LINLI_DB_URL} / {@code LINLI_DB_USER} /
 * {@code LINLI_DB_PASSWORD} (an external MySQL 8), {@code LINLI_CONFIG} (a properties file with any {@code linli.*}
 * setting), {@code LINLI_HEAP} (the server's maximum heap, 768m), {@code LINLI_PLUGINS} (the folder of
 * plugin jars, deploy/target/plugins), {@code LINLI_TENANTS} (the folder of tenant files, tenants/).
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Map<String, String> env = System.getenv();
    Path root = Path.of(System.getProperty("linli.root", ".")).toAbsolutePath().normalize();
    int port = Integer.parseInt(env.getOrDefault("LINLI_PORT", "8080"));

    EmbeddedDatabase embedded = null;
    String dbUrl = env.get("LINLI_DB_URL");
    if (dbUrl == null) {
      Path home = Path.of(env.getOrDefault("LINLI_HOME", System.getProperty("user.home") + "/.linli"));
      int dbPort = Integer.parseInt(env.getOrDefault("LINLI_DB_PORT", "3307"));
      System.out.println("[linli] starting the embedded MariaDB in " + home.resolve("mariadb"));
      embedded = EmbeddedDatabase.start(home.resolve("mariadb"), dbPort, "linli");
      dbUrl = embedded.jdbcUrl();
    }

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + env.getOrDefault("LINLI_HEAP", "768m"),
        "-Dlinli.db.url=" + dbUrl,
        "-Dlinli.tenants.dir=" + env.getOrDefault("LINLI_TENANTS", root.resolve("tenants").toString()),
        "-Dlinli.themes.dir=" + root.resolve("themes"),
        "-Dlinli.plugins.dir=" + env.getOrDefault("LINLI_PLUGINS", root.resolve("deploy/target/plugins").toString()),
        "-Dlinli.provision.on-start=true",
        "-jar", root.resolve("deploy/target/payara-micro.jar").toString(),
        "--nocluster",
        "--port", String.valueOf(port),
        "--prebootcommandfile", root.resolve("deploy/payara/preboot.txt").toString(),
        "--deploy", root.resolve("platform/platform-web/target/ROOT.war").toString()));
    Optional.ofNullable(env.get("LINLI_CONFIG")).ifPresent(file -> {
      command.add("--systemproperties");
      command.add(Path.of(file).toAbsolutePath().toString());
    });
    Process server = new ProcessBuilder(command).inheritIO().start();
    EmbeddedDatabase database = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.destroy();
      try {
        server.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (database != null) {
        database.close();
      }
    }));

    URI health = URI.create("http://127.0.0.1:" + port + "/api/status");
    if (awaitReady(health, server)) {
      System.out.printf("%n[linli] ready at http://localhost:%d/ in %.1f s (server pid %d)%n",
          port, (System.nanoTime() - started) / 1e9, server.pid());
      System.out.println("[linli] staff console: http://localhost:" + port + "/login  "
          + "owner portal: http://localhost:" + port + "/portal/login  operator: http://localhost:" + port
          + "/operator/login");
    }
    System.exit(server.waitFor());
  }

  private static boolean awaitReady(URI status, Process server) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    while (server.isAlive()) {
      try {
        HttpResponse<Void> response = client.send(
            HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // the server is still starting
      }
      Thread.sleep(250);
    }
    return false;
  }
}
