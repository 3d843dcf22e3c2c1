package io.linli.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's connection pool to the MySQL-protocol database, configured by MicroProfile Config. */
@DataSourceDefinition(
    name = "java:app/jdbc/linli",
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=linli.db.url}",
    user = "${MPCONFIG=linli.db.user}",
    password = "${MPCONFIG=linli.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@ApplicationScoped
public class LinliDataSource {}
