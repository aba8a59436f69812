package com.abparts.machines.persistence.support;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TypeMismatchDataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Spring's translation of SQL errors, with one distinction it does not make: PostgreSQL's data
 * exceptions (SQLSTATE class 22: a value out of range, text that is not valid for its type, a
 * character that cannot be stored) become {@link TypeMismatchDataAccessException}, a value the
 * database refused, rather than a {@code DataIntegrityViolationException} alike to a violated
 * constraint. Such a value came from a client, so the web adapter can answer it as the client's
 * error wherever it arises, without knowing SQL.
 */
public final class DataExceptionTranslator implements SQLExceptionTranslator {

    private static final String DATA_EXCEPTION_CLASS = "22";

    private final SQLExceptionTranslator standard;

    public DataExceptionTranslator(DataSource dataSource) {
        this.standard = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    @Override
    public DataAccessException translate(String task, String sql, SQLException error) {
        String state = error.getSQLState();
        if (state != null && state.startsWith(DATA_EXCEPTION_CLASS)) {
            // PostgreSQL's message repeats the refused value, which came from a request: the state and
            // the statement (its placeholders, never the bound values) say where without it
            return new TypeMismatchDataAccessException("SQLSTATE " + state + " in " + task + ": " + sql, error);
        }
        return standard.translate(task, sql, error);
    }
}
