package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.PostgresServer;
import com.abparts.machines.testdb.TestPostgres;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import liquibase.exception.CommandExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /**
     * Reached through a small pool, as the service reaches its database: a connection of its own for
     * every statement would cost a PostgreSQL backend's start each (the contract's 30 tests on one
     * major took 6.2 s that way, 2.2 s pooled, here).
     */
    private static JdbcClient create(PostgresServer server) {
        PostgresDatabase database = server.createDatabase();
        try {
            new Migrator(database).update();
        } catch (CommandExecutionException e) {
            throw new IllegalStateException("could not migrate " + database.jdbcUrl(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("contract-" + database.name());
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(2);
        HikariDataSource pool = new HikariDataSource(config);
        Runtime.getRuntime().addShutdownHook(new Thread(pool::close));
        return JdbcClient.create(pool);
    }
}
