package com.abparts.machines.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import liquibase.Scope;
import liquibase.command.AbstractCommandStep;
import liquibase.command.CommandDefinition;
import liquibase.command.CommandResultsBuilder;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CommandExecutionException;

/**
 * {@code migrations.jar verify}: checks a migrated database as the original system's
 * {@code test_machine_migration.py} did after the migration, and changes nothing. Every column of
 * {@code machines} with its type, nullability and default; the {@code machinestatus} labels in
 * order; then a machine created, read, moved through every status and deleted, inside a transaction
 * that is rolled back. Fails naming every difference.
 */
public class VerifyCommandStep extends AbstractCommandStep {

    public static final String[] COMMAND_NAME = {"verify"};

    /** The labels of machinestatus, in order, as the service's MachineStatus knows them. */
    static final List<String> LABELS = List.of("active", "inactive", "maintenance", "decommissioned");

    /** Every column of machines at the head of the changelog: its type, nullability and default. */
    static final Map<String, String> COLUMNS = columns(
            "id", "uuid not null",
            "customer_organization_id", "uuid not null",
            "model_type", "character varying(10) not null",
            "name", "character varying(255) not null",
            "serial_number", "character varying(255) not null",
            "created_at", "timestamp with time zone not null default now()",
            "updated_at", "timestamp with time zone not null default now()",
            "purchase_date", "timestamp with time zone",
            "warranty_expiry_date", "timestamp with time zone",
            "status", "machinestatus not null default 'active'::machinestatus",
            "last_maintenance_date", "timestamp with time zone",
            "next_maintenance_date", "timestamp with time zone",
            "location", "character varying(255)",
            "notes", "text",
            "version", "bigint not null default 0");

    private static final String ACTUAL_COLUMNS = """
            SELECT a.attname,
                   format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
            FROM pg_attribute a
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = to_regclass('machines') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";

    @Override
    public String[][] defineCommandNames() {
        return new String[][] {COMMAND_NAME};
    }

    @Override
    public List<Class<?>> requiredDependencies() {
        return List.of(Database.class);
    }

    @Override
    public void adjustCommandDefinition(CommandDefinition definition) {
        definition.setShortDescription("Verify the machines table (columns, status labels, default) and its CRUD through every status, "
                + "in a transaction that is rolled back");
    }

    @Override
    public void run(CommandResultsBuilder results) throws Exception {
        Database database = (Database) results.getCommandScope().getDependency(Database.class);
        Connection session = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        List<String> differences = new ArrayList<>(schemaDifferences(session));
        if (differences.isEmpty()) {
            differences.addAll(crudDifferences(session));
        }
        if (!differences.isEmpty()) {
            throw new CommandExecutionException("machines is not what this release expects:\n  - " + String.join("\n  - ", differences));
        }
        Scope.getCurrentScope().getUI().sendMessage("verified: the " + COLUMNS.size() + " columns of machines, the labels "
                + String.join(", ", LABELS) + ", the default 'active', and a machine created, read, moved through every status"
                + " and deleted (rolled back)");
    }

    static List<String> schemaDifferences(Connection session) throws SQLException {
        List<String> differences = new ArrayList<>();
        Map<String, String> actual = new LinkedHashMap<>();
        try (PreparedStatement statement = session.prepareStatement(ACTUAL_COLUMNS); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                actual.put(rows.getString(1), rows.getString(2));
            }
        }
        if (actual.isEmpty()) {
            return List.of("there is no table machines");
        }
        COLUMNS.forEach((column, expected) -> {
            String found = actual.get(column);
            if (found == null) {
                differences.add("column " + column + " is missing (expected " + expected + ")");
            } else if (!found.equals(expected)) {
                differences.add("column " + column + " is \"" + found + "\" instead of \"" + expected + "\"");
            }
        });
        actual.keySet().stream().filter(column -> !COLUMNS.containsKey(column))
                .forEach(column -> differences.add("column " + column + " is not expected (" + actual.get(column) + ")"));
        List<String> labels = new ArrayList<>();
        try (PreparedStatement statement = session.prepareStatement(
                "SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = to_regtype('machinestatus') ORDER BY e.enumsortorder");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                labels.add(rows.getString(1));
            }
        }
        if (!labels.equals(LABELS)) {
            differences.add("type machinestatus has the labels " + labels + " instead of " + LABELS);
        }
        return differences;
    }

    /** Creates, reads, changes through every status and deletes a machine, then rolls all of it back. */
    static List<String> crudDifferences(Connection session) throws SQLException {
        boolean autoCommit = session.getAutoCommit();
        session.setAutoCommit(false);
        Savepoint start = session.setSavepoint();
        List<String> differences = new ArrayList<>();
        UUID organization = UUID.randomUUID();
        UUID machine = UUID.randomUUID();
        try {
            update(session, "INSERT INTO organizations (id, name) VALUES (?, ?)", organization, "verify " + organization);
            update(session, "INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number) VALUES (?, ?, 'V4.0', 'verify', ?)",
                    machine, organization, "VERIFY-" + machine);
            expect(differences, "a new machine's status", query(session, "SELECT status::text FROM machines WHERE id = ?", machine), "active");
            for (String label : LABELS) {
                update(session, "UPDATE machines SET status = ?::machinestatus, updated_at = now() WHERE id = ?", label, machine);
                expect(differences, "the status read back after setting " + label,
                        query(session, "SELECT status::text FROM machines WHERE id = ?", machine), label);
            }
            int deleted = update(session, "DELETE FROM machines WHERE id = ?", machine);
            expect(differences, "machines deleted", String.valueOf(deleted), "1");
        } catch (SQLException failure) {
            differences.add("creating, changing or deleting a machine failed: " + failure.getMessage());
        } finally {
            session.rollback(start);
            session.rollback();
            session.setAutoCommit(autoCommit);
        }
        return differences;
    }

    private static void expect(List<String> differences, String what, String actual, String expected) {
        if (!expected.equals(actual)) {
            differences.add(what + " is " + actual + " instead of " + expected);
        }
    }

    private static int update(Connection session, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static String query(Connection session, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static Map<String, String> columns(String... namesAndDefinitions) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDefinitions.length; i += 2) {
            columns.put(namesAndDefinitions[i], namesAndDefinitions[i + 1]);
        }
        return columns;
    }
}
