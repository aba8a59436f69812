package com.abparts.machines.it.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiJar;
import com.abparts.machines.it.support.ServerProcess;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code logging.structured.format.console=ecs} every console line is a JSON object, and the
 * lines of a request carry its id, its trace and span ids and the caller's subject, never its token or body. Run as a jar
 * of its own: the logging system is the process's, and a test context would change it for every
 * test after it.
 */
class StructuredLogsJarIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CALLERS_SPAN = "00f067aa0ba902b7";

    private final HttpClient http = HttpClient.newHttpClient();
    private Process api;
    private Path log;
    private int port;

    @BeforeEach
    void startApiWithStructuredLogs() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        port = ServerProcess.freePort();
        log = Files.createTempFile("api-ecs", ".log");
        Map<String, String> environment = ApiJar.environment(database, port, ServerProcess.freePort());
        environment.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        api = ApiJar.jar().start(environment, log);
        ServerProcess.awaitOk(api, port, "/readyz", log);
    }

    @AfterEach
    void stopApi() throws Exception {
        api.destroy();
        api.onExit().get();
        Files.deleteIfExists(log);
    }

    @Test
    void writesJsonLinesThatNameTheRequestAndTheCallerAndNothingSecret() throws Exception {
        String token = Api.superAdminToken();
        String created = "created-" + UUID.randomUUID();
        String refused = "refused-" + UUID.randomUUID();
        String secretName = "Secret name " + UUID.randomUUID();

        assertThat(post("/api/v1/organizations", "{\"name\": \"" + secretName + "\"}", token, created).statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/machines", "{\"name\": \"" + secretName + "\"}", token, refused).statusCode()).isEqualTo(422);

        List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{"));
        List<JsonNode> json = lines.stream().map(JSON::readTree).toList();
        for (String requestId : List.of(created, refused)) {
            assertThat(json.stream().filter(line -> line.path("requestId").asString("").equals(requestId)))
                    .as("the lines of request %s", requestId).isNotEmpty()
                    .allSatisfy(line -> {
                        assertThat(line.path("traceId").asString("")).isEqualTo(traceOf(requestId));
                        assertThat(line.path("spanId").asString("")).matches("[0-9a-f]{16}").isNotEqualTo(CALLERS_SPAN);
                        assertThat(line.path("sub").asString("")).isEqualTo("test-operator");
                        assertThat(line.path("log").path("level").asString("")).isNotEmpty();
                        assertThat(line.path("message").asString("")).isNotEmpty();
                    });
        }
        assertThat(lines).noneMatch(line -> line.contains(token) || line.contains(token.substring(token.lastIndexOf('.') + 1)))
                .noneMatch(line -> line.contains(secretName));
    }

    /** A trace id of the request's own, as its caller would have begun it. */
    private static String traceOf(String requestId) {
        return UUID.nameUUIDFromBytes(requestId.getBytes()).toString().replace("-", "");
    }

    private HttpResponse<String> post(String path, String body, String token, String requestId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .header("traceparent", "00-" + traceOf(requestId) + "-" + CALLERS_SPAN + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
