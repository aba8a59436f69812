package com.abparts.machines.testdb;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** How to reach one database on a test PostgreSQL server. */
public record PostgresDatabase(String jdbcUrl, String username, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /** The server's host, as command-line clients such as psql and pg_dump take it. */
    public String host() {
        return uri().getHost();
    }

    public int port() {
        int port = uri().getPort();
        return port < 0 ? 5432 : port;
    }

    /** The database's name. */
    public String name() {
        return uri().getPath().substring(1);
    }

    private URI uri() {
        return URI.create(jdbcUrl.substring("jdbc:".length()));
    }
}
