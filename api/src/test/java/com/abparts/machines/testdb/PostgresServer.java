package com.abparts.machines.testdb;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A running PostgreSQL server that tests may create databases on. */
public abstract class PostgresServer implements AutoCloseable {

    /** Its maintenance database ({@code postgres} or the one the server was given). */
    public abstract PostgresDatabase adminDatabase();

    /** Where the server comes from, for the test log: "embedded", "Testcontainers", "external". */
    public abstract String source();

    /**
     * The Docker container the server runs in, where it runs in one: its image carries PostgreSQL's
     * client programs of the server's own major, which a test may run inside it.
     */
    public Optional<PostgreSQLContainer> container() {
        return Optional.empty();
    }

    /** The databases this run created, to drop where the server outlives the run. */
    private final List<String> created = new CopyOnWriteArrayList<>();

    /** A new, empty database of its own, so that tests never see each other's schema or rows. */
    public PostgresDatabase createDatabase() {
        return create("");
    }

    /**
     * A new database that starts as a copy of {@code template}, one of this server's, schema and rows
     * ({@code CREATE DATABASE … TEMPLATE …}): a test that needs a database at some point of the
     * changelog gets it in milliseconds rather than by running the changelog again. Nothing may be
     * connected to the template meanwhile.
     */
    public PostgresDatabase createDatabase(PostgresDatabase template) {
        return create(" TEMPLATE " + template.name());
    }

    private PostgresDatabase create(String options) {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = adminDatabase().connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + options);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database on " + this, e);
        }
        created.add(name);
        PostgresDatabase admin = adminDatabase();
        return new PostgresDatabase(withDatabase(admin.jdbcUrl(), name), admin.username(), admin.password());
    }

    /** Stops the server, if it is this test run's own. */
    @Override
    public abstract void close() throws IOException;

    /**
     * Drops every database this run created, ending the connections still open to them (the pools
     * of application contexts that close after this): on a server the run did not start, it leaves
     * the server as it found it. Returns how many were dropped.
     */
    protected int dropCreatedDatabases() {
        int dropped = 0;
        try (Connection connection = adminDatabase().connect(); Statement statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                dropped++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test databases " + created + " on " + this, e);
        }
        created.clear();
        return dropped;
    }

    /** The server's own version string, e.g. {@code 17.6}. */
    public String version() {
        try (Connection connection = adminDatabase().connect()) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("could not ask " + this + " for its version", e);
        }
    }

    /** The major of {@link #version()}: 17 for {@code 17.6}, whatever a test asked for. */
    public int major() {
        return Integer.parseInt(version().split("[.\\s]")[0]);
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
