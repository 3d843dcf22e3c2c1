package io.linli.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.linli.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts one embedded MariaDB and one SMTP server (GreenMail) for a whole integration-test run (when
 * {@code linli.it.database=embedded}) before Arquillian starts Payara Micro, and hands Payara their addresses, the
 * theme folder, a tenants folder and a plugins folder through {@code payara.cmdOptions}. Tests read the mail through {@link #mailbox()}. The tenants folder holds the repository's tenants plus the test's own
 * ({@code linli.it.extra-tenants}, e.g. a malformed one). Everything lives in a fresh folder under ~/.linli/it,
 * removed afterwards.
 */
public class IntegrationEnvironment implements TestExecutionListener {

  private static GreenMail mailbox;
  private static FakeGateway gateway;
  private EmbeddedDatabase database;
  private Path home;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    if (!"embedded".equals(System.getProperty("linli.it.database"))) {
      return;
    }
    home = Path.of(System.getProperty("user.home"), ".linli", "it", UUID.randomUUID().toString());
    database = EmbeddedDatabase.start(home, 0, "linli");
    mailbox = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mailbox.start();
    gateway = FakeGateway.start();
    Path root = Path.of(System.getProperty("linli.root", "../..")).toAbsolutePath().normalize();
    Path tenants = home.resolve("tenants");
    copyFolders(root.resolve("tenants"), tenants);
    Optional.ofNullable(System.getProperty("linli.it.extra-tenants")).map(Path::of).ifPresent(extra ->
        copyFolders(extra, tenants));
    Path plugins = home.resolve("plugins");
    writePlugins(plugins);
    System.setProperty("linli.it.db.url", database.jdbcUrl());
    System.setProperty("linli.it.sql", home.resolve("sql.log").toString());
    System.setProperty("payara.cmdOptions", String.join(" ",
        "-Xmx768m",
        "-Dlinli.db.url=" + database.jdbcUrl(),
        // every SQL statement EclipseLink sends, for the isolation tests (io.linli.tenancy.SqlCapture)
        "-Dlinli.sql-capture=" + home.resolve("sql.log"),
        "-Dlinli.tenants.dir=" + tenants,
        "-Dlinli.themes.dir=" + root.resolve("themes"),
        "-Dlinli.plugins.dir=" + plugins,
        "-Dlinli.provision.on-start=true",
        "-Dlinli.mail.host=127.0.0.1",
        "-Dlinli.mail.port=" + mailbox.getSmtp().getPort(),
        "-Dlinli.sms.url=" + gateway.url("/sms"),
        "-Dlinli.sms.key=test-key",
        // notice reminders and deliveries looked at every second, a failed one retried after a second
        "-Dlinli.outbound.scan-seconds=1",
        "-Dlinli.delivery.retry-seconds=1",
        // SLA checks every 2 s by two schedulers racing on the same rows, as two nodes would
        "-Dlinli.sla.scan-seconds=2",
        "-Dlinli.plugins.job-scan-seconds=2",
        "-Dlinli.dashboard.refresh-seconds=1",
        "-Dlinli.sla.schedulers=2",
        // each company's alert rules checked every 2 s (two checks racing too)
        "-Dlinli.alerts.every-seconds=2"));
  }

  /**
   * Lets the test module put plugin jars in the plugins folder before Payara starts: {@code linli.it.plugins} names a
   * class of its class path that is a {@code Consumer<Path>} of that folder.
   */
  @SuppressWarnings("unchecked")
  private static void writePlugins(Path plugins) {
    try {
      Files.createDirectories(plugins);
      String writer = System.getProperty("linli.it.plugins");
      if (writer != null) {
        ((Consumer<Path>) Class.forName(writer, true, Thread.currentThread().getContextClassLoader())
            .getConstructor().newInstance()).accept(plugins);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("linli.it.plugins: cannot run " + System.getProperty("linli.it.plugins"), e);
    }
  }

  /** @return the SMS gateway and push services Linli sends to during the run */
  public static FakeGateway gateway() {
    return gateway;
  }

  /** @return the SMTP server Linli sends its notification e-mail to during the run */
  public static GreenMail mailbox() {
    return mailbox;
  }

  private static void copyFolders(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (database == null) {
      return;
    }
    mailbox.stop();
    gateway.close();
    database.close();
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
