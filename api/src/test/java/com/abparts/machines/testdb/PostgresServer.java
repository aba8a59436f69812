package com.abparts.machines.testdb;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A running PostgreSQL server that tests may create databases on. */
public abstract class PostgresServer implements AutoCloseable {

    /** Its maintenance database ({@code postgres} or the one the server was given). */
    public abstract PostgresDatabase adminDatabase();

    /** Where the server comes from, for the test log: "embedded", "Testcontainers", "external". */
    public abstract String source();

    /** A new, empty database of its own, so that tests never see each other's schema or rows. */
    public PostgresDatabase createDatabase() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = adminDatabase().connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database on " + this, e);
        }
        PostgresDatabase admin = adminDatabase();
        return new PostgresDatabase(withDatabase(admin.jdbcUrl(), name), admin.username(), admin.password());
    }

    /** Stops the server, if it is this test run's own. */
    @Override
    public abstract void close() throws IOException;

    /** The server's own version string, e.g. {@code 17.6}. */
    public String version() {
        try (Connection connection = adminDatabase().connect()) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("could not ask " + this + " for its version", e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL (" + source() + ") at " + adminDatabase().jdbcUrl();
    }

    static String withDatabase(String jdbcUrl, String database) {
        int queryStart = jdbcUrl.indexOf('?');
        String base = queryStart < 0 ? jdbcUrl : jdbcUrl.substring(0, queryStart);
        String query = queryStart < 0 ? "" : jdbcUrl.substring(queryStart);
        int pathStart = base.indexOf('/', "jdbc:postgresql://".length());
        String hostAndPort = pathStart < 0 ? base : base.substring(0, pathStart);
        return hostAndPort + "/" + database + query;
    }
}
