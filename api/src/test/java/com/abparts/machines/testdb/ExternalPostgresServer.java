package com.abparts.machines.testdb;

/** A PostgreSQL server that runs already, given by URL; tests create their databases on it. */
final class ExternalPostgresServer extends PostgresServer {

    private final PostgresDatabase admin;

    ExternalPostgresServer(PostgresDatabase admin) {
        this.admin = admin;
    }

    @Override
    public PostgresDatabase adminDatabase() {
        return admin;
    }

    @Override
    public String source() {
        return "external";
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
