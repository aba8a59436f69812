package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.PostgresServer;
import com.abparts.machines.testdb.TestPostgres;
import liquibase.exception.CommandExecutionException;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A fresh database on a test server, brought to the latest changeset by the project's changelog. */
public final class MigratedDatabase {

    private MigratedDatabase() {}

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
