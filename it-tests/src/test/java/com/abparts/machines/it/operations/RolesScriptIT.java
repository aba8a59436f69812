package com.abparts.machines.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.PostgresClients;
import com.abparts.machines.testdb.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compose/db-init/roles.sh hands the roles' passwords to PostgreSQL through PGOPTIONS, which takes a
 * backslash and a space only escaped: read back by libpq itself, every password arrives as it was set.
 */
class RolesScriptIT {

    private static final Path ROOT = Path.of(System.getProperty("abparts.project-root", "..")).toAbsolutePath().normalize();

    @Test
    void handsPasswordsWithSpacesAndBackslashesToPostgresAsTheyWereSet(@TempDir Path bin) throws Exception {
        PostgresClients clients = PostgresClients.fromPath();
        String owner = "own er\\pass\\";
        String api = "a\\ p i";
        Path captured = bin.resolve("pgoptions");
        Path stub = bin.resolve("psql");
        Files.writeString(stub, "#!/bin/bash\nprintf '%s' \"$PGOPTIONS\" > '" + captured + "'\n");
        assertThat(stub.toFile().setExecutable(true)).isTrue();

        ProcessBuilder script = new ProcessBuilder("bash", ROOT.resolve("compose/db-init/roles.sh").toString()).redirectErrorStream(true);
        script.environment().putAll(Map.of("PATH", bin + ":" + System.getenv("PATH"), "POSTGRES_USER", "postgres", "POSTGRES_DB", "abparts",
                "ABPARTS_OWNER_PASSWORD", owner, "ABPARTS_API_PASSWORD", api));
        Process run = script.start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(printed).isZero();

        String read = clients.query(TestPostgres.server().createDatabase(), Map.of("PGOPTIONS", Files.readString(captured)),
                "SELECT current_setting('abparts.owner_password') || '|' || current_setting('abparts.api_password')");

        assertThat(read.strip()).isEqualTo(owner + "|" + api);
    }
}
