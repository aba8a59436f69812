package com.abparts.machines.testdb;

/**
 * A PostgreSQL server that runs already, given by URL; tests create their databases on it, and the
 * run drops them all when it ends (the JVM's shutdown), so that the server is left as it was.
 */
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

    /** Not ours to stop: only what this run created on it goes. */
    @Override
    public void close() {
        int dropped = dropCreatedDatabases();
        System.out.println("[test-db] dropped the " + dropped + " test databases this run created on " + adminDatabase().jdbcUrl());
    }
}
