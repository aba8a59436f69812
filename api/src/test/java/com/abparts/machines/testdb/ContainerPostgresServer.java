package com.abparts.machines.testdb;

import java.util.Optional;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A PostgreSQL server in a Docker container, run by Testcontainers. */
final class ContainerPostgresServer extends PostgresServer {

    private final PostgreSQLContainer container;

    private ContainerPostgresServer(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgresServer start(int major) {
        PostgreSQLContainer container = TestPostgres.newContainer(major).withCommand("postgres", "-c", "max_connections=100");
        container.start();
        return new ContainerPostgresServer(container);
    }

    @Override
    public PostgresDatabase adminDatabase() {
        return new PostgresDatabase(withDatabase(container.getJdbcUrl(), "postgres"),
                container.getUsername(), container.getPassword());
    }

    @Override
    public Optional<PostgreSQLContainer> container() {
        return Optional.of(container);
    }

    @Override
    public String source() {
        return "Testcontainers, " + container.getDockerImageName();
    }

    @Override
    public void close() {
        container.stop();
    }
}
