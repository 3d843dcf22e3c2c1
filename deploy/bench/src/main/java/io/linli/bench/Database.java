package io.linli.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Connections to the database the server uses, with what bulk loading needs switched on. */
final class Database {

  /**
   * LOAD DATA LOCAL for the generator; the rest matches the server's URL (see LinliDataSource), so that the raw
   * JDBC reference pays what the server's pool pays per statement.
   */
  private static final String PARAMETERS =
      "sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&allowLoadLocalInfile=true";

  private final String url;
  private final String user;
  private final String password;

  Database(String url, String user, String password) {
    this.url = url + (url.contains("?") ? "&" : "?") + PARAMETERS;
    this.user = user;
    this.password = password;
  }

  Connection open() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /**
   * Instants go to DATETIME columns as the server writes them: Connector/J converts a Timestamp to the JVM's zone,
   * and the bench runs on the server's machine.
   */
  static Timestamp at(Instant instant) {
    return Timestamp.from(instant);
  }
}
