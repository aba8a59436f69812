package com.abparts.machines.it.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.it.support.Sql;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * {@code add_machine_sort_indexes} builds its indexes concurrently, and a concurrent build that
 * fails (a deadlock, a cancelled statement) leaves an invalid index behind, which PostgreSQL keeps
 * updating but never uses. The changeset's promise: such a leftover is dropped and built again,
 * rather than counted as done. Shown by planting one where a failed build would leave it.
 */
class SortIndexesMigrationIT {

    private static final String INDEX = "machines_created_at_id_idx";

    @Test
    void dropsAnInvalidIndexLeftByAFailedBuildAndBuildsItAgain() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        Migrator migrator = new Migrator(database);
        migrator.updateToTag(Migrator.ADD_VERSIONS);
        Sql sql = new Sql(database);
        sql.execute("CREATE INDEX " + INDEX + " ON machines (created_at, id)");
        // What a failed CREATE INDEX CONCURRENTLY leaves: the index, marked invalid (the test database's user is a superuser).
        sql.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = '" + INDEX + "'::regclass");
        String planted = sql.value("SELECT '" + INDEX + "'::regclass::oid::text");
        assertThat(validity(sql)).isEqualTo("false");

        migrator.update();

        assertThat(validity(sql)).as("the index after the migration").isEqualTo("true");
        assertThat(sql.value("SELECT '" + INDEX + "'::regclass::oid::text")).as("built again, not kept").isNotEqualTo(planted);
    }

    private static String validity(Sql sql) throws Exception {
        return sql.value("SELECT i.indisvalid::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = ?", INDEX);
    }
}
