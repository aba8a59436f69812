package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar migrations/target/migrations.jar <command>}, told where the database is as the
 * runbook tells it: {@code LIQUIBASE_COMMAND_URL}, {@code _USERNAME} and {@code _PASSWORD} in the
 * environment, so that no password is on a command line.
 */
public final class MigrationsJar {

    private final JarProcess jar = JarProcess.of("abparts.migrations-jar").startingQuickly();

    public JarProcess.Result run(PostgresDatabase database, String... command) throws IOException, InterruptedException {
        return run(database, Map.of(), command);
    }

    /** The same, with more settings in the environment (e.g. {@code ABPARTS_MIGRATION_LOCK_WAIT}). */
    public JarProcess.Result run(PostgresDatabase database, Map<String, String> settings, String... command)
            throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("LIQUIBASE_COMMAND_URL", database.jdbcUrl());
        environment.put("LIQUIBASE_COMMAND_USERNAME", database.username());
        environment.put("LIQUIBASE_COMMAND_PASSWORD", database.password());
        // updates waiting for Liquibase's lock look again every second, not every ten
        environment.put("LIQUIBASE_CHANGELOG_LOCK_POLL_RATE", "1");
        return jar.run(environment, command);
    }
}
