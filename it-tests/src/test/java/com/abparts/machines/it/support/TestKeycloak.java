package com.abparts.machines.it.support;

import com.abparts.machines.testdb.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak for the tests that need an identity provider, importing the realm file that
 * docker-compose imports ({@code compose/abparts-realm.json}): in Testcontainers when the test
 * databases run in Docker, otherwise from Keycloak's distribution on Maven Central, which the
 * build unpacks into {@code it-tests/target/keycloak} (as the tests run embedded PostgreSQL). Either way
 * with its development store, as docker-compose runs it, new for every start. One per JVM, started
 * on first use.
 *
 * <p>The demo users' password is new for every start. Swagger UI's redirect URI names
 * {@link #swaggerUiPort()}: a test that logs in through Swagger UI runs the service on that port.
 */
public final class TestKeycloak {

    public static final String REALM = "abparts";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static TestKeycloak instance;

    private final String baseUrl;
    private final int swaggerUiPort;
    private final String demoPassword;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestKeycloak(String baseUrl, int swaggerUiPort, String demoPassword) {
        this.baseUrl = baseUrl;
        this.swaggerUiPort = swaggerUiPort;
        this.demoPassword = demoPassword;
    }

    public static synchronized TestKeycloak instance() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** The realm's issuer, as tokens name it and as the service finds its keys. */
    public String issuer() {
        return baseUrl + "/realms/" + REALM;
    }

    public String authorizationUri() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    public String tokenUri() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** The port of {@code http://localhost:<port>/swagger-ui/oauth2-redirect.html}, the Swagger UI client's redirect URI. */
    public int swaggerUiPort() {
        return swaggerUiPort;
    }

    /** The password of every demo user of the realm ({@code oraseas-operator}, {@code nordfjord-admin}, {@code nordfjord-user}). */
    public String demoPassword() {
        return demoPassword;
    }

    /** An access token for a demo user, by the password grant of the realm's command-line client. */
    public String accessToken(String username) throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "abparts-dev-cli", "username", username, "password", demoPassword,
                        "scope", "openid").entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUri()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").stringValue();
    }

    private static TestKeycloak start() {
        int swaggerUiPort = freePort();
        String demoPassword = "demo-" + UUID.randomUUID();
        Map<String, String> environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + UUID.randomUUID(),
                "ABPARTS_DEMO_PASSWORD", demoPassword,
                "ABPARTS_SWAGGER_UI_URL", "http://localhost:" + swaggerUiPort,
                // The JIT's first tier only, as the test JVMs run: Keycloak's first start (its build for
                // development mode, then the start) takes half the CPU time, 51 s → 27 s, which the other
                // tests running meanwhile get (docs/testing.md, "How long it takes").
                "JAVA_OPTS_APPEND", Jit.FIRST_TIER_ONLY);
        Path realm = System.getProperty("abparts.keycloak.realm") != null
                ? Path.of(System.getProperty("abparts.keycloak.realm")).toAbsolutePath()
                : ProjectRoot.path().resolve("compose/abparts-realm.json");
        String baseUrl = TestPostgres.source() == TestPostgres.Source.DOCKER
                ? inContainer(realm, environment)
                : fromDistribution(realm, environment);
        TestPostgres.announce("Keycloak " + version() + " serves the realm " + REALM + " at " + baseUrl);
        return new TestKeycloak(baseUrl, swaggerUiPort, demoPassword);
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static String inContainer(Path realm, Map<String, String> environment) {
        GenericContainer<?> keycloak = new GenericContainer<>(DockerImageName.parse("quay.io/keycloak/keycloak")
                .withTag(version()))
                .withCopyFileToContainer(MountableFile.forHostPath(realm), "/opt/keycloak/data/import/abparts-realm.json")
                .withEnv(environment)
                .withCommand("start-dev", "--import-realm")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/" + REALM + "/.well-known/openid-configuration").forStatusCode(200)
                        .withStartupTimeout(STARTUP_LIMIT));
        keycloak.start();
        return "http://localhost:" + keycloak.getMappedPort(8080);
    }

    /**
     * The Keycloak distribution the build unpacks ({@code abparts.keycloak.home} where failsafe
     * sets it; otherwise the one under it-tests/target/keycloak, for a test run from an IDE).
     */
    private static Path home() {
        String given = System.getProperty("abparts.keycloak.home");
        Path home = given != null ? Path.of(given).toAbsolutePath() : unpacked().orElse(ProjectRoot.path().resolve("it-tests/target/keycloak"));
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution in " + home + ": the build unpacks it there; run"
                    + " ./mvnw -pl it-tests process-test-resources once (or the test through ./mvnw, docs/testing.md)");
        }
        return home;
    }

    /** The version the build pins ({@code abparts.keycloak.version}), or the unpacked distribution's. */
    private static String version() {
        String given = System.getProperty("abparts.keycloak.version");
        if (given != null) {
            return given;
        }
        return unpacked().map(home -> home.getFileName().toString().substring("keycloak-".length()))
                .orElseThrow(() -> new IllegalStateException("No Keycloak version given and none unpacked: run"
                        + " ./mvnw -pl it-tests process-test-resources once (docs/testing.md)"));
    }

    private static Optional<Path> unpacked() {
        Path folder = ProjectRoot.path().resolve("it-tests/target/keycloak");
        try (Stream<Path> homes = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            return homes.filter(home -> home.getFileName().toString().startsWith("keycloak-")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fromDistribution(Path realm, Map<String, String> environment) {
        Path home = home();
        int port = freePort();
        try {
            // The store of an earlier start holds the realm with that start's demo password, which the import would keep.
            FileSystemUtils.deleteRecursively(home.resolve("data/h2"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("abparts-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Path log = Files.createTempFile("keycloak", ".log");
            List<String> command = List.of("/bin/sh", "bin/kc.sh", "start-dev", "--import-realm",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://localhost:" + port);
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            // Keycloak needs a JDK 21 or newer, as the build does: the one running the tests.
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process keycloak = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(keycloak)));
            ServerProcess.awaitOk(keycloak, port, "/realms/" + REALM + "/.well-known/openid-configuration", log, STARTUP_LIMIT);
            return "http://localhost:" + port;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
    }

    private static int freePort() {
        try {
            return ServerProcess.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shell script runs Java as its child: stop both, the child first. */
    private static void stop(Process keycloak) {
        keycloak.descendants().forEach(ProcessHandle::destroy);
        keycloak.destroy();
    }
}
