package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code java -jar migrations/target/migrations.jar --url=… --username=… --password=… <command>}. */
public final class MigrationsJar {

    // Updates waiting for Liquibase's lock look again every second, not every ten.
    private static final Map<String, String> ENVIRONMENT = Map.of("LIQUIBASE_CHANGELOG_LOCK_POLL_RATE", "1");

    private final JarProcess jar = JarProcess.of("abparts.migrations-jar");

    public JarProcess.Result run(PostgresDatabase database, String... command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--url=" + database.jdbcUrl(),
                "--username=" + database.username(), "--password=" + database.password()));
        arguments.addAll(List.of(command));
        return jar.run(ENVIRONMENT, arguments.toArray(String[]::new));
    }
}
