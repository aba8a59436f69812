package com.abparts.machines.it.jars;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.JarProcess;
import com.abparts.machines.it.support.LongTransaction;
import com.abparts.machines.it.support.MigrationsJar;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void waitsBrieflyForALockAndTriesAgainAsItsEnvironmentSays() throws Exception {
        new Migrator(database).updateToTag(Migrator.ADD_SECURITY_SESSION);
        JarProcess.Result update;
        try (LongTransaction reading = LongTransaction.onMachinesUntilAChangeWaited(database, Duration.ofSeconds(1))) {
            update = migrations.run(database, Map.of("ABPARTS_MIGRATION_LOCK_WAIT", "50ms", "ABPARTS_MIGRATION_LOCK_WAIT_MAX", "50ms"), "update");
        }

        assertThat(update.exitCode()).as(update.output()).isZero();
        assertThat(update.output()).contains("add-machines-purchase_date: addColumn tableName=machines: attempt 1 did not get its lock within 50 ms",
                "add-machines-purchase_date: addColumn tableName=machines: applied at attempt");
    }

    @Test
    void verifiesAMigratedDatabaseChangingNothing() throws Exception {
        new Migrator(database).update();

        JarProcess.Result verify = migrations.run(database, "verify");

        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("verified: the 15 columns of machines",
                "the labels active, inactive, maintenance, decommissioned", "moved through every status");
        assertThat(count("SELECT count(*) FROM machines") + count("SELECT count(*) FROM organizations")).as("rows left behind").isZero();
    }

    @Test
    void refusesAPlantedWrongSchemaNamingEachDifference() throws Exception {
        new Migrator(database).update();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE machines ALTER COLUMN location TYPE text");
            statement.execute("ALTER TABLE machines ALTER COLUMN status DROP DEFAULT");
            statement.execute("ALTER TABLE machines ADD COLUMN hours integer");
            statement.execute("ALTER TYPE machinestatus ADD VALUE 'retired'");
        }

        JarProcess.Result verify = migrations.run(database, "verify");

        assertThat(verify.exitCode()).as(verify.output()).isNotZero();
        assertThat(verify.output()).contains(
                "column location is \"text\" instead of \"character varying(255)\"",
                "column status is \"machinestatus not null\" instead of \"machinestatus not null default 'active'::machinestatus\"",
                "column hours is not expected (integer)",
                "type machinestatus has the labels [active, inactive, maintenance, decommissioned, retired]");
    }

    @Test
    void refusesADatabaseWhereAMachineCannotTakeEveryStatus() throws Exception {
        new Migrator(database).update();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE machines ADD CONSTRAINT never_decommissioned CHECK (status <> 'decommissioned')");
        }

        JarProcess.Result verify = migrations.run(database, "verify");

        assertThat(verify.exitCode()).as(verify.output()).isNotZero();
        assertThat(verify.output()).contains("creating, changing or deleting a machine failed", "never_decommissioned");
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
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
