package com.abparts.machines.it.migrations;

import static com.abparts.machines.it.support.Migrator.ADD_SECURITY_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Linters;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SQL an operator previews with {@code update-sql} on a database at add_security_session is
 * what production will run; Squawk finds nothing in it that would lock or rewrite tables badly.
 */
class ForwardMigrationSqlLintIT {

    @Test
    void passesSquawkForPostgreSql14() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        Migrator migrator = new Migrator(database);
        migrator.updateToTag(ADD_SECURITY_SESSION);
        Path forwardSql = Path.of("target", "forward-from-add_security_session.sql").toAbsolutePath();
        Files.writeString(forwardSql, migrator.updateSql());
        assertThat(Files.readString(forwardSql)).contains("ALTER TABLE public.machines ADD status");

        Linters.Result lint = Linters.run(Linters.folder(), List.of(Linters.command("squawk").toString(),
                "--config", ".squawk.toml", "--reporter", "gcc", forwardSql.toString()));

        assertThat(lint.exitCode()).as("squawk found:%n%s", lint.output()).isZero();
    }

    @Test
    void wouldFlagAnIndexOnMachinesBuiltWithoutConcurrently() throws Exception {
        Path lockingSql = Path.of("target", "planted-locking-index.sql").toAbsolutePath();
        Files.writeString(lockingSql, """
                SET LOCAL lock_timeout = '5s';
                SET LOCAL statement_timeout = '30s';
                CREATE INDEX machines_next_maintenance_date_idx ON machines (next_maintenance_date);
                """);

        Linters.Result lint = Linters.run(Linters.folder(), List.of(Linters.command("squawk").toString(),
                "--config", ".squawk.toml", "--reporter", "gcc", lockingSql.toString()));

        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.output()).contains("require-concurrent-index-creation");
    }
}
