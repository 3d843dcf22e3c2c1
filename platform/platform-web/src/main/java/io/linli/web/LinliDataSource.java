package io.linli.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pools to the MySQL-protocol database, configured by MicroProfile Config: the
 * platform's, whose connections join JTA transactions, and the plugins', whose connections do not (plugins' own
 * tables are reached through local transactions, see {@code io.linli.plugin.PluginTables}).
 *
 * <p>Connector/J's settings: statements are parsed once per connection and kept (every request runs the same few);
 * the session's state is tracked on the client instead of asked for; no OpenTelemetry span per statement (Payara puts
 * the OpenTelemetry API on the class path, and Connector/J would trace every statement by default).
 */
@DataSourceDefinitions({
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
            "openTelemetry=DISABLED"}),
    @DataSourceDefinition(
        name = "java:app/jdbc/linli-plugins",
        transactional = false,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=linli.db.url}",
        user = "${MPCONFIG=linli.db.user}",
        password = "${MPCONFIG=linli.db.password}",
        minPoolSize = 1,
        maxPoolSize = 8,
        properties = {
            "cachePrepStmts=true",
            "prepStmtCacheSize=250",
            "prepStmtCacheSqlLimit=2048",
            "useLocalSessionState=true",
            "openTelemetry=DISABLED"})})
@ApplicationScoped
public class LinliDataSource {}
