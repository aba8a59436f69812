package com.abparts.machines.it.jars;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.JarProcess;
import com.abparts.machines.it.support.MigrationsJar;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** migrations.jar is Liquibase's command line with the project's changelog inside. */
class MigrationsJarIT {

    private final MigrationsJar migrations = new MigrationsJar();
    private PostgresDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database = TestPostgres.server().createDatabase();
    }

    @Test
    void updatesAnEmptyDatabaseWithTheBundledChangelog() throws Exception {
        JarProcess.Result update = migrations.run(database, "update");

        assertThat(update.exitCode()).as(update.output()).isZero();
        assertThat(tables()).contains("organizations", "machines");
        JarProcess.Result status = migrations.run(database, "status", "--verbose");
        assertThat(status.output()).contains("is up to date");
    }

    @Test
    void reportsPendingChangesetsBeforeTheUpdate() throws Exception {
        JarProcess.Result status = migrations.run(database, "status", "--verbose");

        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains("have not been applied", "create-machines");
    }

    @Test
    void updatesToATagAndRollsBackToItKeepingTheTag() throws Exception {
        assertThat(migrations.run(database, "update-to-tag", "--tag=add_security_session").exitCode()).isZero();

        JarProcess.Result rollback = migrations.run(database, "rollback", "--tag=add_security_session");

        assertThat(rollback.exitCode()).as(rollback.output()).isZero();
        assertThat(tables()).contains("organizations", "machines");
        assertThat(migrations.run(database, "history").output()).contains("add_security_session");
    }

    @Test
    void printsTheUpdateSqlWithoutChangingAnything() throws Exception {
        JarProcess.Result preview = migrations.run(database, "update-sql");

        assertThat(preview.exitCode()).as(preview.output()).isZero();
        assertThat(preview.output()).contains("CREATE TABLE public.machines");
        assertThat(tables()).doesNotContain("machines");
    }

    private List<String> tables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.connect();
             ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
