package com.abparts.machines.it.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.it.support.JarProcess;
import com.abparts.machines.it.support.LongTransaction;
import com.abparts.machines.it.support.MigrationsJar;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.it.support.SchemaSnapshot;
import com.abparts.machines.it.support.Sql;
import com.abparts.machines.it.support.Traffic;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migration as production meets it, on the build's PostgreSQL: the release before serving (four
 * clients, about 1,300 statements a second together), a long transaction holding {@code machines}, a
 * large table, and several migrators starting at once. Each changeset that needs a lock on a busy
 * table waits for it only briefly, gives it back, sleeps and tries again, so that no client is held
 * up behind it, and the migration lands by itself. (What does not depend on the conditions, the
 * change from every starting point, runs on every supported major in AddMachineColumnsMigrationIT.)
 */
class OnlineMigrationIT {

    /** How long the long transaction lasts after the migration first waits for it. */
    private static final Duration LONG_TRANSACTION = Duration.ofSeconds(3);
    /** Far above one attempt's wait (100 to 200 ms here), far below the long transaction. */
    private static final Duration HELD_NOTICEABLY = Duration.ofSeconds(1);
    private static final Map<String, Object> TODAYS_SETTINGS = Map.of(
            "abparts.migration.lock-wait", "5s", "abparts.migration.lock-wait-max", "5s", "abparts.migration.lock-patience", "0s");

    private static SchemaSnapshot quietlyUpdated;
    private static SchemaSnapshot quietlyAtAddSecuritySession;

    @BeforeAll
    static void whatAQuietDatabaseGets() throws Exception {
        PostgresDatabase updated = TestPostgres.server().createDatabase();
        new Migrator(updated).update();
        quietlyUpdated = SchemaSnapshot.of(updated);
        PostgresDatabase old = TestPostgres.server().createDatabase();
        new Migrator(old).updateToTag(Migrator.ADD_SECURITY_SESSION);
        quietlyAtAddSecuritySession = SchemaSnapshot.of(old);
    }

    @Test
    void appliesTheChangeAndItsRollbackUnderTrafficHoldingNoClientUpWhereTodaysSettingsDid() throws Exception {
        Run today = migrateUnderTraffic(TODAYS_SETTINGS);
        assertThat(today.traffic().longestStatement()).as("today, clients queue behind the change while it waits for its lock")
                .isGreaterThan(HELD_NOTICEABLY);

        Run now = migrateUnderTraffic(Migrator.SHORT_LOCK_WAITS);
        System.out.printf("[online-migration] longest client statement: %d ms with one wait of up to 5 s, %d ms with waits of 100-200 ms"
                + " (%d statements, %d failed)%n", today.traffic().longestStatement().toMillis(), now.traffic().longestStatement().toMillis(),
                now.traffic().statements(), now.traffic().failures().size());

        assertThat(now.traffic().failures()).as("client statements that failed").isEmpty();
        assertThat(now.traffic().statements()).as("client statements run").isGreaterThan(100);
        assertThat(now.traffic().longestStatement()).as("the longest a client statement took").isLessThan(HELD_NOTICEABLY);
        assertThat(now.progress()).as("the migration waited, and tried again").anyMatch(line -> line.contains("did not get its lock"));
        assertThat(now.updated()).isEqualTo(quietlyUpdated);
        assertThat(now.rolledBack()).isEqualTo(quietlyAtAddSecuritySession);
    }

    @Test
    void givesUpOncePatienceRunsOutLeavingNothingOfTheChangeAndLandsWhenRunAgain() throws Exception {
        PostgresDatabase database = databaseAtAddSecuritySession();
        Map<String, Object> impatient = new HashMap<>(Migrator.SHORT_LOCK_WAITS);
        impatient.put("abparts.migration.lock-patience", "1s");
        Queue<String> progress = new ConcurrentLinkedQueue<>();

        try (LongTransaction reading = LongTransaction.onMachinesUntilAChangeWaited(database, LONG_TRANSACTION)) {
            assertThatThrownBy(() -> Migrator.withSettings(impatient, progress, () -> new Migrator(database).update()))
                    .hasStackTraceContaining("lock timeout");
        }

        assertThat(progress).anyMatch(line -> line.matches("add-machines-purchase_date: .*gave up after \\d+ attempts in \\d+ ms; nothing of it stays"));
        assertThat(columnsOfMachines(database)).doesNotContain("purchase_date");
        Migrator.withSettings(Migrator.SHORT_LOCK_WAITS, progress, () -> new Migrator(database).update());
        assertThat(SchemaSnapshot.of(database)).isEqualTo(quietlyUpdated);
    }

    @Test
    void appliesTheChangelogOnceWhenSeveralUpdatesStartAtOnce() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        Sql sql = new Sql(database);
        int updates = 4;
        MigrationsJar migrationsJar = new MigrationsJar();
        List<JarProcess.Result> results;
        try (ExecutorService pool = Executors.newFixedThreadPool(updates)) {
            List<Callable<JarProcess.Result>> concurrentUpdates = IntStream.range(0, updates)
                    .<Callable<JarProcess.Result>>mapToObj(i -> () -> migrationsJar.run(database, "update"))
                    .toList();
            results = new ArrayList<>();
            for (Future<JarProcess.Result> update : pool.invokeAll(concurrentUpdates)) {
                results.add(update.get());
            }
        }

        assertThat(results).allSatisfy(result -> assertThat(result.exitCode()).as(result.output()).isZero());
        assertThat(results).filteredOn(result -> result.output().contains("Running Changeset")).hasSize(1);
        assertThat(sql.value("SELECT count(*) FROM databasechangelog")).isEqualTo(sql.value(
                "SELECT count(DISTINCT (id, author, filename)) FROM databasechangelog"));
        assertThat(SchemaSnapshot.of(database)).isEqualTo(quietlyUpdated);
    }

    @Test
    void addsTheColumnsToALargeTableWithoutRewritingIt() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        Migrator migrator = new Migrator(database);
        Sql sql = new Sql(database);
        migrator.updateToTag(Migrator.ADD_SECURITY_SESSION);
        sql.execute("INSERT INTO organizations (id, name) VALUES ('5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a', 'Oraseas EE')");
        sql.execute("""
                INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number)
                SELECT gen_random_uuid(), '5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a', 'V4.0', 'Machine ' || n, 'AB-' || n
                FROM generate_series(1, 100000) AS n""");
        String fileBefore = sql.value("SELECT relfilenode FROM pg_class WHERE relname = 'machines'");

        migrator.update();

        assertThat(sql.value("SELECT relfilenode FROM pg_class WHERE relname = 'machines'")).isEqualTo(fileBefore);
        assertThat(sql.value("SELECT count(*) FROM machines WHERE status = 'active'")).isEqualTo("100000");
    }

    private Run migrateUnderTraffic(Map<String, Object> settings) throws Exception {
        PostgresDatabase database = databaseAtAddSecuritySession();
        Migrator migrator = new Migrator(database);
        List<UUID> organizations = ids(database, "SELECT id FROM organizations");
        List<UUID> machines = ids(database, "SELECT id FROM machines");
        Queue<String> progress = new ConcurrentLinkedQueue<>();
        SchemaSnapshot updated;
        SchemaSnapshot rolledBack;
        try (Traffic traffic = Traffic.start(database, 4, machines, organizations)) {
            Thread.sleep(300);
            try (LongTransaction reading = LongTransaction.onMachinesUntilAChangeWaited(database, LONG_TRANSACTION)) {
                Migrator.withSettings(settings, progress, migrator::update);
            }
            updated = SchemaSnapshot.of(database);
            // The indexes go first, concurrently and under rules of their own; then the columns, each waiting for its lock.
            Migrator.withSettings(settings, progress, () -> migrator.rollbackToTag(Migrator.ADD_VERSIONS));
            try (LongTransaction reading = LongTransaction.onMachinesUntilAChangeWaited(database, LONG_TRANSACTION)) {
                Migrator.withSettings(settings, progress, () -> migrator.rollbackToTag(Migrator.ADD_SECURITY_SESSION));
            }
            rolledBack = SchemaSnapshot.of(database);
            Thread.sleep(300);
            return new Run(traffic, List.copyOf(progress), updated, rolledBack);
        }
    }

    /** What one migration and rollback under traffic did: its clients (closed), its messages, the schemas it left. */
    private record Run(Traffic traffic, List<String> progress, SchemaSnapshot updated, SchemaSnapshot rolledBack) {
    }

    private static PostgresDatabase databaseAtAddSecuritySession() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        new Migrator(database).updateToTag(Migrator.ADD_SECURITY_SESSION);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO organizations (id, name) SELECT gen_random_uuid(), 'Organization ' || n FROM generate_series(1, 10) n");
            statement.execute("""
                    INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number)
                    SELECT gen_random_uuid(), (SELECT id FROM organizations ORDER BY name OFFSET n % 10 LIMIT 1), 'V4.0', 'Unit ' || n, 'SN-' || n
                    FROM generate_series(1, 2000) n""");
        }
        return database;
    }

    private static List<UUID> ids(PostgresDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }
    }

    private static List<String> columnsOfMachines(PostgresDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = 'machines'")) {
            List<String> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
            return columns;
        }
    }
}
