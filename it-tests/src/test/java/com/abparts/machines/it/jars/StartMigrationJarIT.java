package com.abparts.machines.it.jars;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiJar;
import com.abparts.machines.it.support.LongTransaction;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.it.support.ServerProcess;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The migration api.jar applies as it starts, behind a long transaction of the release before:
 * each change waits for its lock briefly and tries again, as migrations.jar does, until it lands and
 * the service turns ready.
 */
class StartMigrationJarIT {

    @Test
    void waitsBrieflyForEachLockAndTriesAgainUntilItLandsThenTurnsReady() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        new Migrator(database).updateToTag(Migrator.ADD_SECURITY_SESSION);
        int port = ServerProcess.freePort();
        Map<String, String> environment = ApiJar.environment(database, port, ServerProcess.freePort());
        environment.put("ABPARTS_MIGRATION_LOCK_WAIT", "50ms");
        environment.put("ABPARTS_MIGRATION_LOCK_WAIT_MAX", "50ms");
        Path log = Files.createTempFile("api-jar-start-migration", ".log");
        Process api = null;
        try (LongTransaction reading = LongTransaction.onMachinesUntilAChangeWaited(database, Duration.ofSeconds(1))) {
            api = ApiJar.jar().start(environment, log);
            ServerProcess.awaitOk(api, port, "/readyz", log);
        } finally {
            if (api != null) {
                api.destroy();
                api.onExit().get();
            }
        }

        String output = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(output).contains("add-machines-purchase_date: addColumn tableName=machines: attempt 1 did not get its lock within 50 ms",
                "add-machines-purchase_date: addColumn tableName=machines: applied at attempt");
    }
}
