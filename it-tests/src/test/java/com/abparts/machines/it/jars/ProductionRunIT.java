package com.abparts.machines.it.jars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiJar;
import com.abparts.machines.it.support.JarProcess;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.it.support.OtlpReceiver;
import com.abparts.machines.it.support.ServerProcess;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production run command of docs/operations.md ("Running it fast") and the container image, step by
 * step: extract api.jar, record the AOT cache in a run that stops once the context is up (JDK 25
 * and later; earlier JDKs have no such cache, and the run still has to complete), then serve from
 * the extracted jar with Spring's build-time bean definitions and the cache, on a database
 * migrated beforehand.
 */
class ProductionRunIT {

    private static final boolean AOT_CACHE = Runtime.version().feature() >= 25;
    private static final String RUN_OPTIONS = "-Xmx256m -XX:+UseSerialGC -Dspring.aot.enabled=true";
    /** As in the Dockerfile: the context needs a datasource URL and a token verifier, and contacts neither while it starts. */
    private static final String TRAINING_OPTIONS = RUN_OPTIONS + " -Dspring.context.exit=onRefresh"
            + " -Dspring.liquibase.enabled=false -Dspring.datasource.url=jdbc:postgresql://aot-training.invalid/none"
            + " -Dspring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://aot-training.invalid/jwks"
            + " -Dspring.security.oauth2.resourceserver.jwt.audiences=aot-training";

    @TempDir
    Path work;

    private final OtlpReceiver collector = new OtlpReceiver();

    @AfterEach
    void stopCollector() {
        collector.close();
    }

    @Test
    void recordsTheCacheAndServesWithIt() throws Exception {
        Path extracted = work.resolve("api");
        JarProcess.Result extraction = JarProcess.of("abparts.api-jar")
                .run(Map.of("JDK_JAVA_OPTIONS", "-Djarmode=tools"), "extract", "--destination", extracted.toString());
        assertThat(extraction.exitCode()).as(extraction.output()).isZero();
        JarProcess api = JarProcess.at(extracted.resolve("api.jar"));
        Path cache = work.resolve("api.aot");

        JarProcess.Result training = api.run(Map.of("JDK_JAVA_OPTIONS",
                (AOT_CACHE ? "-XX:AOTCacheOutput=" + cache + " " : "") + TRAINING_OPTIONS));

        assertThat(training.exitCode()).as("the training run ends well once the context is up:\n%s", training.output()).isZero();
        if (AOT_CACHE) {
            assertThat(cache).isNotEmptyFile();
        }

        PostgresDatabase database = TestPostgres.server().createDatabase();
        new Migrator(database).update();
        int port = ServerProcess.freePort();
        Path log = work.resolve("api.log");
        Map<String, String> environment = ApiJar.environment(database, port, ServerProcess.freePort());
        environment.put("SPRING_LIQUIBASE_ENABLED", "false");
        environment.put("JDK_JAVA_OPTIONS", (AOT_CACHE ? "-XX:AOTCache=" + cache + " " : "") + RUN_OPTIONS);
        // The build set no endpoint: spans must still go where the start says.
        environment.put("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", collector.tracesEndpoint());
        Process running = api.start(environment, log);
        try {
            ServerProcess.awaitOk(running, port, "/readyz", log);
            String trace = UUID.randomUUID().toString().replace("-", "");
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/machines/" + UUID.randomUUID()))
                    .header("Authorization", "Bearer " + Api.superAdminToken()).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                    .build(), HttpResponse.BodyHandlers.discarding());

            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(Files.readString(log))
                    .contains("Starting AOT-processed MachinesApplication")
                    .as("the JVM used the whole cache").doesNotContain("[aot]");
            await("the spans of the sampled request, at the receiver").atMost(Duration.ofSeconds(30))
                    .until(() -> !collector.requestsOf(trace).isEmpty());
        } finally {
            running.destroy();
            running.onExit().get();
        }
    }
}
