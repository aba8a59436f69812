package com.abparts.machines.testdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An embedded server leaves nothing behind: once stopped, its data directory, with the databases
 * the tests made in it, is removed, by a process of its own that the JVM does not wait for.
 */
class EmbeddedPostgresServerIT {

    @Test
    void removesItsDataDirectoryOnceStopped() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(TestPostgres.DEFAULT_MAJOR, TestPostgres.binariesFolder());
        Path data = server.dataDirectory();
        try {
            server.createDatabase();
            assertThat(data.resolve("PG_VERSION")).isRegularFile();
        } finally {
            server.close();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Files.exists(data) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(data).doesNotExist();
    }
}
