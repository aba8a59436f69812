package com.abparts.machines.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dockerfile and docker-compose.yml, checked with what runs without a Docker engine: their
 * structure read as data, and docker-compose's own validation where that program is installed.
 */
class ContainerFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("abparts.project-root", "..")).toAbsolutePath().normalize();
    /** What docker-compose.yml refuses to start without. */
    private static final List<String> SECRETS = List.of("POSTGRES_PASSWORD", "ABPARTS_OWNER_PASSWORD", "ABPARTS_API_PASSWORD",
            "ABPARTS_API_CURSOR_SECRET", "KEYCLOAK_ADMIN_PASSWORD", "ABPARTS_DEMO_PASSWORD");
    private static final Pattern FROM = Pattern.compile("^FROM (\\S+)(?: AS (\\S+))?$", Pattern.MULTILINE);

    @Test
    void buildsBothImagesFromPinnedBaseImagesAsANonRootUser() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Matcher from = FROM.matcher(dockerfile);
        List<String> stages = new ArrayList<>();
        while (from.find()) {
            assertThat(from.group(1)).as("base image").startsWith("eclipse-temurin:25.0.3_9-");
            stages.add(from.group(2));
        }

        assertThat(stages).containsExactly("build", "layers", "migrations", "api");
        assertThat(dockerfile).contains("extract --layers", "-XX:AOTCacheOutput=api.aot", "-XX:AOTCache=api.aot", "USER 10001",
                "HEALTHCHECK", "GET /readyz");
        // The training run as ProductionRunIT runs it, and Spring's AOT in training and at run time.
        assertThat(dockerfile).contains("-Dspring.datasource.url=jdbc:postgresql://aot-training.invalid/none",
                "-Dspring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://aot-training.invalid/jwks",
                "-Dspring.security.oauth2.resourceserver.jwt.audiences=aot-training",
                "-Dspring.context.exit=onRefresh", "-jar api.jar \\\n    && test -s api.aot", "\"-Dspring.aot.enabled=true\"");
        assertThat(dockerfile.substring(dockerfile.lastIndexOf("FROM "))).contains("USER 10001", "HEALTHCHECK");
    }

    @Test
    @SuppressWarnings("unchecked")
    void startsTheApiAfterAHealthyDatabaseAndACompletedMigration() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsOnlyKeys("db", "migrations", "migrations-verify", "demo-data", "keycloak", "api", "otel-collector",
                "prometheus", "grafana");
        services.values().forEach(service -> assertThat(service.get("image").toString()).matches(".+:v?\\d+[\\w.\\-]*"));
        assertThat(services.get("db")).containsKeys("healthcheck", "volumes");
        assertThat((Map<String, Object>) services.get("api").get("depends_on")).isEqualTo(Map.of(
                "db", Map.of("condition", "service_healthy"),
                "migrations-verify", Map.of("condition", "service_completed_successfully"),
                "keycloak", Map.of("condition", "service_healthy")));
        assertThat(services.get("migrations-verify")).containsEntry("command", List.of("verify"))
                .containsEntry("depends_on", Map.of("migrations", Map.of("condition", "service_completed_successfully")));
        assertThat((Map<String, Object>) services.get("api").get("environment")).containsEntry("SPRING_LIQUIBASE_ENABLED", "false");
        assertThat((Map<String, Object>) services.get("migrations").get("environment"))
                .containsEntry("LIQUIBASE_COMMAND_URL", "jdbc:postgresql://db:5432/abparts");
        assertThat((List<String>) services.get("api").get("ports")).as("the management port stays unpublished")
                .containsExactly("127.0.0.1:8080:8080");
        assertThat((Map<String, Object>) services.get("api").get("environment"))
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "http://localhost:8180/realms/abparts")
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", "abparts-machines")
                .as("Prometheus scrapes the management port over the compose network").containsEntry("MANAGEMENT_SERVER_ADDRESS", "0.0.0.0");
        assertThat((List<String>) services.get("keycloak").get("volumes"))
                .containsExactly("./compose/abparts-realm.json:/opt/keycloak/data/import/abparts-realm.json:ro");
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishesPortsOnThisHostOnlyAndConnectsWithTheLeastPrivilegedRoles() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        services.forEach((name, service) -> ((List<String>) service.getOrDefault("ports", List.of()))
                .forEach(port -> assertThat(port).as("a port of %s", name).startsWith("127.0.0.1:")));
        assertThat((Map<String, Object>) services.get("api").get("environment")).containsEntry("SPRING_DATASOURCE_USERNAME", "abparts_api");
        assertThat((Map<String, Object>) services.get("migrations").get("environment"))
                .containsEntry("LIQUIBASE_COMMAND_USERNAME", "abparts_owner");
        assertThat((List<String>) services.get("db").get("volumes")).contains(
                "./compose/db-init/roles.sh:/docker-entrypoint-initdb.d/roles.sh:ro", "./compose/roles.sql:/abparts/roles.sql:ro");
        assertThat(services.get("db").get("image")).isEqualTo("postgres:17.11");
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsTheObservabilityServicesOnlyInTheirProfileAndKeepsTheDashboardInTheRepository() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        services.forEach((name, service) -> assertThat(service.get("profiles")).as("the profiles of %s", name)
                .isEqualTo(Set.of("otel-collector", "prometheus", "grafana").contains(name) ? List.of("observability") : null));
        for (String mounted : List.of("./compose/observability/otel-collector.yaml:/etc/otelcol/config.yaml:ro",
                "./compose/observability/prometheus.yaml:/etc/prometheus/prometheus.yaml:ro",
                "./compose/observability/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./deploy/components/monitoring/dashboards:/var/lib/grafana/dashboards:ro")) {
            assertThat(ROOT.resolve(mounted.substring(2, mounted.indexOf(':')))).as(mounted).exists();
        }
        assertThat((Map<String, Object>) services.get("grafana").get("environment")).as("no login, so no password to ship")
                .containsEntry("GF_AUTH_DISABLE_LOGIN_FORM", "true").containsEntry("GF_AUTH_BASIC_ENABLED", "false")
                .containsEntry("GF_AUTH_ANONYMOUS_ORG_ROLE", "Viewer").doesNotContainKey("GF_SECURITY_ADMIN_PASSWORD");
        assertThat(services.get("grafana").get("entrypoint").toString()).contains("GF_SECURITY_ADMIN_PASSWORD=$$(head -c 32 /dev/urandom");
        Map<String, Object> prometheus = new Yaml().load(Files.readString(ROOT.resolve("compose/observability/prometheus.yaml")));
        assertThat(prometheus.toString()).contains("metrics_path=/actuator/prometheus", "names=[api]", "port=8081");
        assertThat((Map<String, Object>) services.get("api").get("environment"))
                .containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "${ABPARTS_TRACES_ENDPOINT:-}");
    }

    @Test
    void hasNoFallbackForAnySecret() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));

        assertThat(compose).as("a ${VAR:-fallback} or ${VAR-fallback} would run with a known value; only an empty one is allowed")
                .doesNotContainPattern("\\$\\{\\w+:?-[^}]");
        for (String secret : SECRETS) {
            assertThat(compose).doesNotContain("${" + secret + ":-", "${" + secret + "-");
            assertThat(compose).contains("${" + secret + ":?");
        }
    }

    @Test
    void passesDockerComposesOwnValidation() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/docker-compose")) || Files.isExecutable(Path.of("/usr/local/bin/docker-compose"));
        if (!installed && Boolean.parseBoolean(System.getenv("ABPARTS_REQUIRE_TOOLS"))) {
            throw new IllegalStateException("docker-compose is not installed, and ABPARTS_REQUIRE_TOOLS=true requires it");
        }
        assumeTrue(installed, "skipped: docker-compose is not installed");
        Map<String, String> secrets = new HashMap<>();
        SECRETS.forEach(secret -> secrets.put(secret, "a-value-for-" + secret));

        // Each check is a start of docker-compose (a Python program, about half a second): run them side by side.
        try (ExecutorService checks = Executors.newFixedThreadPool(4)) {
            for (List<String> profile : List.of(List.<String>of(), List.of("--profile", "observability"))) {
                Future<ComposeCheck> withSecrets = checks.submit(() -> composeConfig(profile, secrets));
                Map<String, Future<ComposeCheck>> withoutEach = new LinkedHashMap<>();
                for (String secret : SECRETS) {
                    Map<String, String> allButOne = new HashMap<>(secrets);
                    allButOne.remove(secret);
                    withoutEach.put(secret, checks.submit(() -> composeConfig(profile, allButOne)));
                }

                assertThat(withSecrets.get().exitCode()).as("%s: %s", profile, withSecrets.get().output()).isZero();
                for (Map.Entry<String, Future<ComposeCheck>> withoutIt : withoutEach.entrySet()) {
                    assertThat(withoutIt.getValue().get().exitCode()).as("%s without %s", profile, withoutIt.getKey()).isNotZero();
                    assertThat(withoutIt.getValue().get().output()).contains(withoutIt.getKey());
                }
            }
        }
    }

    private static ComposeCheck composeConfig(List<String> profile, Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>(List.of("docker-compose"));
        command.addAll(profile);
        command.addAll(List.of("config", "--quiet"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeAll(SECRETS);
        builder.environment().putAll(environment);
        Process check = builder.start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ComposeCheck(check.exitValue(), output);
    }

    private record ComposeCheck(int exitCode, String output) {
    }
}
