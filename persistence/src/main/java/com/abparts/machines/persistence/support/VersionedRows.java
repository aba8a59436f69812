package com.abparts.machines.persistence.support;

import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.VersionMismatchException;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The optimistic-concurrency SQL that every table with an {@code id} and a {@code version} shares:
 * a deletion conditional on the version, in one statement, and telling a row that is missing
 * from one that moved on when a conditional statement changed nothing.
 */
public final class VersionedRows {

    private final JdbcClient jdbc;
    private final String table;
    private final String kind;

    /** @param kind names a row in errors, e.g. {@code machine} */
    public VersionedRows(JdbcClient jdbc, String table, String kind) {
        this.jdbc = jdbc;
        this.table = table;
        this.kind = kind;
    }

    /** Deletes the row if it is at a version expected; how many rows that deleted, 0 or 1. */
    public int delete(UUID id, ExpectedVersion expected) {
        return jdbc.sql("DELETE FROM " + table + " WHERE id = :id AND (CAST(:versions AS bigint[]) IS NULL OR version = ANY(:versions))")
                .param("id", id)
                .param("versions", expected.isConditional() ? expected.versions().toArray(Long[]::new) : null)
                .update();
    }

    /**
     * Throws what a conditional statement that changed no row means: the row is missing, or it is
     * at a version not expected.
     */
    public void requireChanged(int rows, UUID id, ExpectedVersion expected, Supplier<RuntimeException> notFound) {
        if (rows > 0) {
            return;
        }
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = :id)")
                .param("id", id).query(Boolean.class).single();
        throw exists ? new VersionMismatchException(kind + " " + id, expected) : notFound.get();
    }
}
