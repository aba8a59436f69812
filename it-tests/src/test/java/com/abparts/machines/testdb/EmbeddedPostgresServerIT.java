package com.abparts.machines.testdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An embedded server leaves nothing behind: once stopped, its data directory, with the databases
 * the tests made in it, is removed, by a process of its own that the JVM does not wait for.
 */
class EmbeddedPostgresServerIT {

    @Test
    void removesItsDataDirectoryOnceStopped() throws Exception {
        // Where the servers come from elsewhere (Docker, a team's own), this machine may have no binaries that run.
        assumeTrue(TestPostgres.source() == TestPostgres.Source.EMBEDDED,
                "skipped: the test databases are not embedded here (" + TestPostgres.source() + ")");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(TestPostgres.DEFAULT_MAJOR, TestPostgres.binariesFolder());
        Path data = server.dataDirectory();
        try {
            server.createDatabase();
            assertThat(data.resolve("PG_VERSION")).isRegularFile();
        } finally {
            server.close();
        }

        await("the data directory removed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> Files.notExists(data));
    }
}
