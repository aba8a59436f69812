package com.abparts.machines.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final Pattern FROM = Pattern.compile("^FROM (\\S+)(?: AS (\\S+))?$", Pattern.MULTILINE);

    @Test
    void buildsBothImagesFromPinnedBaseImagesAsANonRootUser() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Matcher from = FROM.matcher(dockerfile);
        List<String> stages = new ArrayList<>();
        while (from.find()) {
            assertThat(from.group(1)).as("base image").matches(".+:\\d+[\\w.\\-]*").doesNotEndWith(":latest");
            stages.add(from.group(2));
        }

        assertThat(stages).containsExactly("build", "layers", "migrations", "api");
        assertThat(dockerfile).contains("extract --layers", "-XX:AOTCacheOutput=api.aot", "-XX:AOTCache=api.aot", "USER 10001",
                "HEALTHCHECK", "GET /readyz");
        // The training run as ProductionRunIT runs it, and Spring's AOT in training and at run time.
        assertThat(dockerfile).contains("-Dspring.datasource.url=jdbc:postgresql://aot-training.invalid/none",
                "-Dspring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://aot-training.invalid/jwks",
                "-Dspring.context.exit=onRefresh", "-jar api.jar \\\n    && test -s api.aot", "\"-Dspring.aot.enabled=true\"");
        assertThat(dockerfile.substring(dockerfile.lastIndexOf("FROM "))).contains("USER 10001", "HEALTHCHECK");
    }

    @Test
    @SuppressWarnings("unchecked")
    void startsTheApiAfterAHealthyDatabaseAndACompletedMigration() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsOnlyKeys("db", "migrations", "demo-data", "keycloak", "api");
        services.values().forEach(service -> assertThat(service.get("image").toString()).matches(".+:\\d+[\\w.\\-]*"));
        assertThat(services.get("db")).containsKeys("healthcheck", "volumes");
        assertThat((Map<String, Object>) services.get("api").get("depends_on")).isEqualTo(Map.of(
                "db", Map.of("condition", "service_healthy"),
                "migrations", Map.of("condition", "service_completed_successfully"),
                "keycloak", Map.of("condition", "service_healthy")));
        assertThat((Map<String, Object>) services.get("api").get("environment")).containsEntry("SPRING_LIQUIBASE_ENABLED", "false");
        assertThat((Map<String, Object>) services.get("migrations").get("environment"))
                .containsEntry("LIQUIBASE_COMMAND_URL", "jdbc:postgresql://db:5432/abparts");
        assertThat((List<String>) services.get("api").get("ports")).as("the management port stays unpublished").containsExactly("8080-8089:8080");
        assertThat((Map<String, Object>) services.get("api").get("environment")).containsEntry(
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "http://localhost:8180/realms/abparts");
        assertThat((List<String>) services.get("keycloak").get("volumes"))
                .containsExactly("./compose/abparts-realm.json:/opt/keycloak/data/import/abparts-realm.json:ro");
    }

    @Test
    void passesDockerComposesOwnValidation() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/docker-compose")) || Files.isExecutable(Path.of("/usr/local/bin/docker-compose"));
        if (!installed && Boolean.parseBoolean(System.getenv("ABPARTS_REQUIRE_TOOLS"))) {
            throw new IllegalStateException("docker-compose is not installed, and ABPARTS_REQUIRE_TOOLS=true requires it");
        }
        assumeTrue(installed, "skipped: docker-compose is not installed");
        Map<String, String> secrets = Map.of("KEYCLOAK_ADMIN_PASSWORD", "a-password", "ABPARTS_DEMO_PASSWORD", "another-password");

        ComposeCheck withSecrets = composeConfig(secrets);
        ComposeCheck withoutThem = composeConfig(Map.of());

        assertThat(withSecrets.exitCode()).as(withSecrets.output()).isZero();
        assertThat(withoutThem.exitCode()).isNotZero();
        assertThat(withoutThem.output()).contains("KEYCLOAK_ADMIN_PASSWORD");
    }

    private static ComposeCheck composeConfig(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "config", "--quiet").directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("KEYCLOAK_ADMIN_PASSWORD", "ABPARTS_DEMO_PASSWORD"));
        builder.environment().putAll(environment);
        Process check = builder.start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ComposeCheck(check.exitValue(), output);
    }

    private record ComposeCheck(int exitCode, String output) {
    }
}
