package com.abparts.machines.testdb;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * Removes a stopped embedded server's data directory without keeping the JVM waiting for it.
 *
 * <p>A test run leaves its servers thousands of files (a database is some 300 of them, and the
 * migration tests make a database per test), and removing them one by one took the JVM seconds
 * after its last test, on a disk where each removal is also a discard. A process of its own removes
 * them while the build goes on, as Testcontainers' reaper removes containers after the JVM. Where no
 * {@code rm} can be started, the JVM removes them itself.
 */
final class DataDirectoryRemoval {

    private DataDirectoryRemoval() {}

    static void inBackground(Path dataDirectory) throws IOException {
        try {
            new ProcessBuilder("rm", "-rf", dataDirectory.toAbsolutePath().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException noRm) {
            FileSystemUtils.deleteRecursively(dataDirectory);
        }
    }
}
