package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A normalized dump of what the changelog owns, read from pg_catalog: every column of
 * {@code organizations} and {@code machines} with its type, nullability and default, their
 * constraints and indexes, and the {@code machinestatus} type with its labels in order. Two
 * databases whose snapshots are equal have the same schema, whatever order the columns were
 * added in.
 */
public record SchemaSnapshot(List<String> lines) {

    private static final String QUERY = """
            SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relname IN ('organizations', 'machines') AND c.relnamespace = current_schema()::regnamespace
              AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL
            SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
            WHERE c.relname IN ('organizations', 'machines') AND c.relnamespace = current_schema()::regnamespace
            UNION ALL
            SELECT 'index ' || pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
            WHERE c.relname IN ('organizations', 'machines') AND c.relnamespace = current_schema()::regnamespace
            UNION ALL
            SELECT 'type ' || t.typname || ' ' || t.typtype::text || ' '
                   || coalesce((SELECT string_agg(e.enumlabel::text, ',' ORDER BY e.enumsortorder)
                                FROM pg_enum e WHERE e.enumtypid = t.oid), '')
            FROM pg_type t
            WHERE t.typname = 'machinestatus' AND t.typnamespace = current_schema()::regnamespace
            ORDER BY 1
            """;

    public static SchemaSnapshot of(PostgresDatabase database) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(QUERY);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return new SchemaSnapshot(List.copyOf(lines));
    }
}
