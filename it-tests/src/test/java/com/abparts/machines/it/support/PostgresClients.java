package com.abparts.machines.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.abparts.machines.testdb.PostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own command-line clients (psql, pg_dump), as operators run them. A machine without
 * them skips the tests that need them with a line that says so, unless
 * {@code ABPARTS_REQUIRE_TOOLS=true} (as CI sets it) makes that a failure.
 */
public final class PostgresClients implements BackupClients {

    /** A folder of pg_dump and psql of a major the PATH's may not be, e.g. /usr/lib/postgresql/17/bin. */
    public static final String FOLDER_VARIABLE = "ABPARTS_PG_CLIENTS";
    private static final Pattern MAJOR = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    /** Where Debian and Ubuntu install the clients of several majors side by side. */
    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");

    private final Path pgDump;
    private final Path psql;
    private final int major;

    private PostgresClients(Path pgDump, Path psql) {
        this.pgDump = pgDump;
        this.psql = psql;
        this.major = majorOf(pgDump);
    }

    /** The clients on the PATH, which the tests that only need psql use. */
    public static PostgresClients fromPath() {
        Optional<Path> pgDump = Executables.onPath("pg_dump");
        Optional<Path> psql = Executables.onPath("psql");
        boolean found = pgDump.isPresent() && psql.isPresent();
        if (!found && Boolean.parseBoolean(System.getenv("ABPARTS_REQUIRE_TOOLS"))) {
            throw new IllegalStateException("pg_dump and psql are not on the PATH, and ABPARTS_REQUIRE_TOOLS=true requires them");
        }
        assumeTrue(found, "skipped: pg_dump and psql (PostgreSQL's client programs) are not on the PATH");
        return new PostgresClients(pgDump.get(), psql.get());
    }

    /**
     * Every pair of pg_dump and psql this machine has: in {@value #FOLDER_VARIABLE}'s folder, on the
     * PATH, and under /usr/lib/postgresql/&lt;major&gt;/bin.
     */
    public static List<PostgresClients> installed() {
        Set<Path> folders = new LinkedHashSet<>();
        Optional.ofNullable(System.getenv(FOLDER_VARIABLE)).filter(folder -> !folder.isBlank()).map(Path::of).ifPresent(folders::add);
        Executables.onPath("pg_dump").map(Path::getParent).ifPresent(folders::add);
        if (Files.isDirectory(DEBIAN_VERSIONS)) {
            try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
                versions.map(version -> version.resolve("bin")).sorted().forEach(folders::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folders.stream()
                .filter(folder -> Files.isExecutable(folder.resolve("pg_dump")) && Files.isExecutable(folder.resolve("psql")))
                .map(folder -> new PostgresClients(folder.resolve("pg_dump"), folder.resolve("psql")))
                .toList();
    }

    /** The major version of pg_dump, which can dump servers of that version and older ones. */
    public int major() {
        return major;
    }

    @Override
    public String describe() {
        return "pg_dump " + major + " (" + pgDump + ") and " + psql;
    }

    private static int majorOf(Path pgDump) {
        try {
            String version = run(List.of(pgDump.toString(), "--version"), Map.of());
            Matcher matcher = MAJOR.matcher(version);
            if (!matcher.find()) {
                throw new IllegalStateException("cannot read the version of " + pgDump + " from: " + version);
            }
            return Integer.parseInt(matcher.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + pgDump + " for its version", e);
        }
    }

    /** {@code pg_dump -h … -p … -U … -d … -f file}: a plain SQL backup. */
    @Override
    public void dump(PostgresDatabase database, Path file) throws IOException, InterruptedException {
        run(List.of(pgDump.toString(), "-h", database.host(), "-p", String.valueOf(database.port()),
                "-U", database.username(), "-d", database.name(), "-f", file.toString()), password(database));
    }

    /** {@code psql -v ON_ERROR_STOP=1 -h … -p … -U … -d … -f file}: runs a backup into a database. */
    @Override
    public void restore(PostgresDatabase database, Path file) throws IOException, InterruptedException {
        run(List.of(psql.toString(), "-v", "ON_ERROR_STOP=1", "-q", "-h", database.host(),
                "-p", String.valueOf(database.port()), "-U", database.username(), "-d", database.name(),
                "-f", file.toString()), password(database));
    }

    /** {@code psql -At -c sql}, with more of libpq's variables (such as PGOPTIONS): what the query printed. */
    public String query(PostgresDatabase database, Map<String, String> environment, String sql) throws IOException, InterruptedException {
        Map<String, String> variables = new HashMap<>(environment);
        variables.putAll(password(database));
        return run(List.of(psql.toString(), "-At", "-h", database.host(), "-p", String.valueOf(database.port()),
                "-U", database.username(), "-d", database.name(), "-c", sql), variables);
    }

    private static Map<String, String> password(PostgresDatabase database) {
        return Map.of("PGPASSWORD", database.password());
    }

    private static String run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path output = Files.createTempFile("pg-client", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.getFirst() + " did not finish within 2 minutes");
            }
            String printed = Files.readString(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue() + ":\n" + printed);
            }
            return printed;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
