package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.PostgresServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * The runbook's backup and restore (docs/operations.md): a plain-SQL dump by {@code pg_dump},
 * restored by {@code psql -v ON_ERROR_STOP=1}. pg_dump refuses a server newer than itself, so
 * which programs can back up a server depends on the server's major.
 */
public interface BackupClients {

    /** {@code pg_dump … -f file}. */
    void dump(PostgresDatabase database, Path file) throws IOException, InterruptedException;

    /** {@code psql -v ON_ERROR_STOP=1 … -f file}, into an empty database. */
    void restore(PostgresDatabase database, Path file) throws IOException, InterruptedException;

    /** The programs, for the test log: where they are and their major. */
    String describe();

    /**
     * Programs that can back up this server: the newest installed ones that are as
     * new as the server ({@link PostgresClients#installed()}), else those of the server's own
     * image when it runs in Docker, as {@code docker compose exec db pg_dump} would use.
     */
    static Optional<BackupClients> able(PostgresServer server) {
        int serverMajor = server.major();
        Optional<BackupClients> installed = PostgresClients.installed().stream()
                .filter(clients -> clients.major() >= serverMajor)
                .max(Comparator.comparingInt(PostgresClients::major))
                .map(BackupClients.class::cast);
        return installed.or(() -> server.container().map(ContainerClients::new));
    }
}
