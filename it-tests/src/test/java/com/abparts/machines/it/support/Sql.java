package com.abparts.machines.it.support;

import com.abparts.machines.testdb.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for tests that set up or inspect a database below the application. */
public final class Sql {

    private final PostgresDatabase database;

    public Sql(PostgresDatabase database) {
        this.database = database;
    }

    public void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.execute();
        }
    }

    /** Every row, each as its columns rendered as text (SQL NULL as {@code null}). */
    public List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The first column of every row. */
    public List<String> column(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).stream().map(row -> row.getFirst()).toList();
    }

    /** The one value a query returns. */
    public String value(String sql, Object... parameters) throws SQLException {
        List<String> values = column(sql, parameters);
        if (values.size() != 1) {
            throw new IllegalStateException("expected one row from " + sql + " but got " + values.size());
        }
        return values.getFirst();
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
