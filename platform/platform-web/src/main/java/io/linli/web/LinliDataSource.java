package io.linli.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool to the MySQL-protocol database, configured by MicroProfile Config.
 *
 * <p>Connector/J's settings: statements are parsed once per connection and kept (every request runs the same few);
 * the session's state is tracked on the client instead of asked for; no OpenTelemetry span per statement (Payara puts
 * the OpenTelemetry API on the class path, and Connector/J would trace every statement by default).
 */
@DataSourceDefinition(
    name = "java:app/jdbc/linli",
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=linli.db.url}",
    user = "${MPCONFIG=linli.db.user}",
    password = "${MPCONFIG=linli.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
        "cachePrepStmts=true",
        "prepStmtCacheSize=250",
        "prepStmtCacheSqlLimit=2048",
        "useLocalSessionState=true",
        "openTelemetry=DISABLED"})
@ApplicationScoped
public class LinliDataSource {}
