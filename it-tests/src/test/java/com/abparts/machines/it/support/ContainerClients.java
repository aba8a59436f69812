package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The pg_dump and psql of a PostgreSQL container's own image (the server's major), run inside it
 * over its local socket as the image's superuser; the backup file is copied out and back in.
 */
final class ContainerClients implements BackupClients {

    private final PostgreSQLContainer container;

    ContainerClients(PostgreSQLContainer container) {
        this.container = container;
    }

    @Override
    public void dump(PostgresDatabase database, Path file) throws IOException, InterruptedException {
        String inside = "/tmp/" + UUID.randomUUID() + ".sql";
        run(List.of("pg_dump", "-U", container.getUsername(), "-d", database.name(), "-f", inside));
        container.copyFileFromContainer(inside, file.toString());
    }

    @Override
    public void restore(PostgresDatabase database, Path file) throws IOException, InterruptedException {
        String inside = "/tmp/" + UUID.randomUUID() + ".sql";
        container.copyFileToContainer(MountableFile.forHostPath(file), inside);
        run(List.of("psql", "-v", "ON_ERROR_STOP=1", "-q", "-U", container.getUsername(), "-d", database.name(), "-f", inside));
    }

    @Override
    public String describe() {
        return "pg_dump and psql of " + container.getDockerImageName() + ", inside its container";
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        ExecResult result = container.execInContainer(command.toArray(String[]::new));
        if (result.getExitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed in " + container.getDockerImageName()
                    + " with " + result.getExitCode() + ":\n" + result.getStdout() + result.getStderr());
        }
    }
}
