package com.abparts.machines.it.migrations;

import static com.abparts.machines.it.support.Migrator.ADD_MACHINE_COLUMNS;
import static com.abparts.machines.it.support.Migrator.ADD_SECURITY_SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.abparts.machines.it.support.LongTransaction;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.it.support.SchemaSnapshot;
import com.abparts.machines.it.support.Sql;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.PostgresServer;
import com.abparts.machines.testdb.TestPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migration add_machine_columns, from every real starting point, on every supported
 * PostgreSQL major version: the procedures and troubleshooting cases of the original document.
 */
@ParameterizedClass(name = "PostgreSQL {0}")
@MethodSource("majors")
class AddMachineColumnsMigrationIT {

    private static final Map<String, String> NEW_COLUMNS = Map.of(
            "purchase_date", "timestamptz",
            "warranty_expiry_date", "timestamptz",
            "status", "machinestatus NOT NULL DEFAULT 'active'",
            "last_maintenance_date", "timestamptz",
            "next_maintenance_date", "timestamptz",
            "location", "varchar(255)",
            "notes", "text");

    private static SchemaSnapshot freshlyUpdated;
    private static SchemaSnapshot atAddSecuritySession;
    /** The databases those snapshots were taken of, which each test's database starts as a copy of (but where it starts empty). */
    private static PostgresDatabase updatedTemplate;
    private static PostgresDatabase addSecuritySessionTemplate;

    @Parameter
    int major;

    private PostgresDatabase database;
    private Migrator migrator;
    private Sql sql;

    static List<Integer> majors() {
        return TestPostgres.majorsToTest();
    }

    @BeforeParameterizedClassInvocation
    static void referenceSchemas(int major) throws Exception {
        PostgresServer server = TestPostgres.server(major);
        updatedTemplate = server.createDatabase();
        new Migrator(updatedTemplate).update();
        freshlyUpdated = SchemaSnapshot.of(updatedTemplate);
        addSecuritySessionTemplate = server.createDatabase();
        new Migrator(addSecuritySessionTemplate).updateToTag(ADD_SECURITY_SESSION);
        atAddSecuritySession = SchemaSnapshot.of(addSecuritySessionTemplate);
    }

    /** The database a test works on, empty or a copy of one of the templates. */
    private void startWith(PostgresDatabase start) {
        database = start;
        migrator = new Migrator(database);
        sql = new Sql(database);
    }

    /** As the changelog leaves a database at the tag add_security_session, when the columns are not there yet. */
    private void startAtAddSecuritySession() {
        startWith(TestPostgres.server(major).createDatabase(addSecuritySessionTemplate));
    }

    /** As the whole changelog leaves a database. */
    private void startUpdated() {
        startWith(TestPostgres.server(major).createDatabase(updatedTemplate));
    }

    @Test
    void addsTheTypeAndTheSevenColumnsToAnEmptyDatabase() throws Exception {
        startWith(TestPostgres.server(major).createDatabase());
        migrator.update();

        assertThat(SchemaSnapshot.of(database).lines()).contains(
                "type machinestatus e active,inactive,maintenance,decommissioned",
                "column machines.purchase_date timestamp with time zone",
                "column machines.warranty_expiry_date timestamp with time zone",
                "column machines.status machinestatus not null default 'active'::machinestatus",
                "column machines.last_maintenance_date timestamp with time zone",
                "column machines.next_maintenance_date timestamp with time zone",
                "column machines.location character varying(255)",
                "column machines.notes text");
        assertThat(tags()).contains(ADD_MACHINE_COLUMNS);
    }

    @Test
    void upgradesADatabaseWithRowsKeepingThemAndMakingThemActive() throws Exception {
        startAtAddSecuritySession();
        givenOrganizationWithMachines(3);
        List<List<String>> before = originalMachineColumns();

        migrator.update();

        assertThat(originalMachineColumns()).isEqualTo(before);
        assertThat(sql.column("SELECT DISTINCT status::text FROM machines")).containsExactly("active");
        assertThat(sql.value("SELECT count(*) FROM machines WHERE purchase_date IS NULL AND location IS NULL"
                + " AND notes IS NULL AND warranty_expiry_date IS NULL AND last_maintenance_date IS NULL"
                + " AND next_maintenance_date IS NULL")).isEqualTo("3");
        assertThat(SchemaSnapshot.of(database)).isEqualTo(freshlyUpdated);
    }

    static Stream<List<String>> handAppliedColumns() {
        return Stream.of(
                List.of(),
                List.of("status"),
                List.of("notes", "purchase_date", "location"),
                List.of("next_maintenance_date", "status", "warranty_expiry_date"),
                List.copyOf(NEW_COLUMNS.keySet()));
    }

    @ParameterizedTest(name = "type and {0} added by hand")
    @MethodSource("handAppliedColumns")
    void marksWhatWasAppliedByHandAsRanAndConverges(List<String> columns) throws Exception {
        startAtAddSecuritySession();
        givenOrganizationWithMachines(2);
        sql.execute("CREATE TYPE machinestatus AS ENUM ('active', 'inactive', 'maintenance', 'decommissioned')");
        for (String column : columns) {
            sql.execute("ALTER TABLE machines ADD COLUMN " + column + " " + NEW_COLUMNS.get(column));
        }

        migrator.update();

        assertThat(SchemaSnapshot.of(database)).isEqualTo(freshlyUpdated);
        List<String> markedRan = sql.column("SELECT id FROM databasechangelog WHERE exectype = 'MARK_RAN' ORDER BY id");
        assertThat(markedRan).containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("create-machinestatus-type"),
                columns.stream().map(column -> "add-machines-" + column)).toList());
        assertThat(tags()).contains(ADD_MACHINE_COLUMNS);
    }

    @Test
    void marksAColumnAddedByHandWithoutTheTypeAsRan() throws Exception {
        startAtAddSecuritySession();
        sql.execute("ALTER TABLE machines ADD COLUMN location varchar(255)");

        migrator.update();

        assertThat(SchemaSnapshot.of(database)).isEqualTo(freshlyUpdated);
    }

    @Test
    void refusesAColumnThatExistsWithAnotherTypeNamingItAndAppliesNothing() throws Exception {
        startAtAddSecuritySession();
        sql.execute("ALTER TABLE machines ADD COLUMN location text");
        SchemaSnapshot handPatched = SchemaSnapshot.of(database);

        Throwable failure = catchThrowable(migrator::update);

        assertThat(failure).hasStackTraceContaining(
                "column machines.location exists as \"text\" instead of \"character varying(255)\"");
        assertThat(SchemaSnapshot.of(database)).isEqualTo(handPatched);
        assertThat(currentTag()).isEqualTo(ADD_SECURITY_SESSION);
    }

    @Test
    void refusesAStatusColumnWithoutItsDefaultNamingIt() throws Exception {
        startAtAddSecuritySession();
        sql.execute("CREATE TYPE machinestatus AS ENUM ('active', 'inactive', 'maintenance', 'decommissioned')");
        sql.execute("ALTER TABLE machines ADD COLUMN status machinestatus");

        assertThatThrownBy(migrator::update).hasStackTraceContaining("column machines.status exists as \"machinestatus\"");
    }

    @Test
    void refusesAnEnumTypeWithOtherLabelsNamingThem() throws Exception {
        startAtAddSecuritySession();
        sql.execute("CREATE TYPE machinestatus AS ENUM ('active', 'retired')");

        assertThatThrownBy(migrator::update).hasStackTraceContaining("type machinestatus exists with the labels active,retired");
        assertThat(SchemaSnapshot.of(database)).isNotEqualTo(freshlyUpdated);
    }

    @Test
    void rollsBackToAddSecuritySessionKeepingTheDataOfTheRemainingColumns() throws Exception {
        startUpdated();
        givenOrganizationWithMachines(3);
        sql.execute("UPDATE machines SET status = 'maintenance', location = 'Pier 7', notes = 'checked'");
        List<List<String>> before = originalMachineColumns();

        migrator.rollbackToTag(ADD_SECURITY_SESSION);

        assertThat(SchemaSnapshot.of(database)).isEqualTo(atAddSecuritySession);
        assertThat(originalMachineColumns()).isEqualTo(before);
        assertThat(currentTag()).isEqualTo(ADD_SECURITY_SESSION);
    }

    @Test
    void keepsTheTypeOnRollbackWhileAnotherTableUsesIt() throws Exception {
        startUpdated();
        sql.execute("CREATE TABLE machine_status_history (status machinestatus NOT NULL)");

        migrator.rollbackToTag(ADD_SECURITY_SESSION);

        assertThat(sql.column("SELECT typname FROM pg_type WHERE typname = 'machinestatus'")).containsExactly("machinestatus");
        assertThat(sql.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'machines'"))
                .doesNotContainAnyElementsOf(NEW_COLUMNS.keySet());
    }

    @Test
    void reachesTheSameSchemaAfterARollbackAndAnotherUpdate() throws Exception {
        startUpdated();
        migrator.rollbackToTag(ADD_SECURITY_SESSION);

        migrator.update();

        assertThat(SchemaSnapshot.of(database)).isEqualTo(freshlyUpdated);
    }

    @Test
    void waitsBrieflyForItsLockBehindALongTransactionAgainAndAgainUntilItLands() throws Exception {
        startAtAddSecuritySession();
        Queue<String> messages = new ConcurrentLinkedQueue<>();
        try (LongTransaction reading = LongTransaction.onMachinesUntilAChangeWaited(database, Duration.ofSeconds(1))) {
            Migrator.withSettings(Migrator.SHORT_LOCK_WAITS, messages, migrator::update);
        }

        assertThat(messages).anyMatch(line -> line.matches(
                "add-machines-purchase_date: .*attempt 1 did not get its lock within 100 ms; rolled back, trying again in \\d+ ms"));
        assertThat(messages).anyMatch(line -> line.matches("add-machines-purchase_date: .*applied at attempt \\d+ after \\d+ ms"));
        assertThat(SchemaSnapshot.of(database)).isEqualTo(freshlyUpdated);
    }

    private void givenOrganizationWithMachines(int count) throws Exception {
        sql.execute("INSERT INTO organizations (id, name) VALUES ('5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a', 'Oraseas EE')");
        sql.execute("""
                INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number, created_at, updated_at)
                SELECT gen_random_uuid(), '5f1d8a52-2c4e-4d7e-9a1b-7d2f0c3e4b5a', CASE WHEN n % 2 = 0 THEN 'V4.0' ELSE 'V3.1B' END,
                       'Machine ' || n, 'AB-' || n, timestamptz '2024-01-01' + n * interval '1 minute', now()
                FROM generate_series(1, ?) AS n""", count);
    }

    private List<List<String>> originalMachineColumns() throws Exception {
        return sql.rows("SELECT id, customer_organization_id, model_type, name, serial_number, created_at, updated_at"
                + " FROM machines ORDER BY serial_number");
    }

    private List<String> tags() throws Exception {
        return sql.column("SELECT tag FROM databasechangelog WHERE tag IS NOT NULL ORDER BY orderexecuted");
    }

    private String currentTag() throws Exception {
        return sql.value("SELECT tag FROM databasechangelog WHERE tag IS NOT NULL ORDER BY orderexecuted DESC LIMIT 1");
    }
}
