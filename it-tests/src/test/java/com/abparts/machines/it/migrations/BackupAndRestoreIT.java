package com.abparts.machines.it.migrations;

import static com.abparts.machines.it.support.Migrator.ADD_SECURITY_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.BackupClients;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.it.support.PostgresClients;
import com.abparts.machines.it.support.SchemaSnapshot;
import com.abparts.machines.it.support.Sql;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.PostgresServer;
import com.abparts.machines.testdb.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production procedure's safety net, with the commands of the runbook in docs/operations.md: a pg_dump backup
 * taken before the migration brings back the database as it was, data and migration history alike.
 */
class BackupAndRestoreIT {

    @Test
    void restoresThePreMigrationBackupIntoAnEmptyDatabase() throws Exception {
        PostgresServer server = productionServer();
        int major = server.major();
        BackupClients clients = BackupClients.able(server).orElse(null);
        if (clients == null) {
            PostgresClients installed = newestInstalled();
            TestPostgres.announce("no pg_dump here can back up PostgreSQL " + major + " (the newest is " + installed.major()
                    + "), so backup and restore run on PostgreSQL " + installed.major() + " instead: "
                    + PostgresClients.FOLDER_VARIABLE + "=/path/to/bin with pg_dump and psql " + major + ", or Docker, covers " + major);
            server = TestPostgres.server(installed.major());
            clients = installed;
        }
        TestPostgres.announce("backup and restore with " + clients.describe() + " on PostgreSQL " + server.version());
        PostgresDatabase production = server.createDatabase();
        Migrator migrator = new Migrator(production);
        migrator.updateToTag(ADD_SECURITY_SESSION);
        Sql sql = new Sql(production);
        sql.execute("INSERT INTO organizations (id, name) VALUES ('5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a', 'Oraseas EE')");
        sql.execute("INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number)"
                + " VALUES ('0b5e6c1e-8c1f-4a53-9a4e-3f0c2b7f9d10', '5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a', 'V4.0', 'Harbour unit 3', 'AB-2024-0042')");
        SchemaSnapshot schemaBefore = SchemaSnapshot.of(production);
        List<List<String>> machinesBefore = sql.rows("SELECT * FROM machines");
        Path backup = Files.createTempFile("backup_pre_machine_migration", ".sql");

        clients.dump(production, backup);
        migrator.update();
        PostgresDatabase restored = server.createDatabase();
        clients.restore(restored, backup);

        Sql restoredSql = new Sql(restored);
        assertThat(SchemaSnapshot.of(restored)).isEqualTo(schemaBefore);
        assertThat(restoredSql.rows("SELECT * FROM machines")).isEqualTo(machinesBefore);
        assertThat(restoredSql.value("SELECT tag FROM databasechangelog WHERE tag IS NOT NULL"
                + " ORDER BY orderexecuted DESC LIMIT 1")).isEqualTo(ADD_SECURITY_SESSION);
        Files.delete(backup);
    }

    /**
     * The major that docker-compose and the Kubernetes manifests run ({@link TestPostgres#DEFAULT_MAJOR});
     * on a team's own server, that server.
     */
    private static PostgresServer productionServer() {
        return TestPostgres.source() == TestPostgres.Source.EXTERNAL ? TestPostgres.server() : TestPostgres.server(TestPostgres.DEFAULT_MAJOR);
    }

    /** The newest installed clients of a supported major, to back up a server of their own major. */
    private static PostgresClients newestInstalled() {
        PostgresClients.fromPath(); // none at all: skips, or fails where ABPARTS_REQUIRE_TOOLS=true
        return PostgresClients.installed().stream()
                .filter(clients -> TestPostgres.SUPPORTED_MAJORS.contains(clients.major()))
                .max(Comparator.comparingInt(PostgresClients::major))
                .orElseThrow(() -> new IllegalStateException("no pg_dump here is of a supported PostgreSQL major " + TestPostgres.SUPPORTED_MAJORS));
    }
}
