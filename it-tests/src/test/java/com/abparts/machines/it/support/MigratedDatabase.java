package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.PostgresServer;
import com.abparts.machines.testdb.TestPostgres;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import liquibase.exception.CommandExecutionException;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A fresh database on a test server, brought to the latest changeset by the project's changelog. */
public final class MigratedDatabase {

    private static final Map<Integer, JdbcClient> SHARED = new ConcurrentHashMap<>();

    private MigratedDatabase() {}

    /**
     * One migrated database per major version, shared by the repository contract tests of every
     * adapter, which empty its tables after each test ({@link #emptied}).
     */
    public static JdbcClient shared(int major) {
        return SHARED.computeIfAbsent(major, version -> create(TestPostgres.server(version)));
    }

    /** Empties the tables of a shared database, for the next test. */
    public static void emptied(JdbcClient jdbc) {
        jdbc.sql("TRUNCATE machines, organizations").update();
    }

    public static JdbcClient create() {
        return create(TestPostgres.server());
    }

    public static JdbcClient create(PostgresServer server) {
        PostgresDatabase database = server.createDatabase();
        try {
            new Migrator(database).update();
        } catch (CommandExecutionException e) {
            throw new IllegalStateException("could not migrate " + database.jdbcUrl(), e);
        }
        return JdbcClient.create(new SimpleDriverDataSource(new Driver(),
                database.jdbcUrl(), database.username(), database.password()));
    }
}
