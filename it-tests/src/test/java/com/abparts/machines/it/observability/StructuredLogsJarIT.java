package com.abparts.machines.it.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiJar;
import com.abparts.machines.testdb.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
    private ApiJar.Running api;

    @BeforeEach
    void startApiWithStructuredLogs() throws Exception {
        api = ApiJar.start(TestPostgres.server().createDatabase(), Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"));
    }

    @AfterEach
    void stopApi() throws Exception {
        api.close();
    }

    @Test
    void writesJsonLinesThatNameTheRequestAndTheCallerAndNothingSecret() throws Exception {
        String token = Api.superAdminToken();
        String created = "created-" + UUID.randomUUID();
        String refused = "refused-" + UUID.randomUUID();
        String secretName = "Secret name " + UUID.randomUUID();

        assertThat(post("/api/v1/organizations", "{\"name\": \"" + secretName + "\"}", token, created).statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/machines", "{\"name\": \"" + secretName + "\"}", token, refused).statusCode()).isEqualTo(422);

        List<String> lines = Files.readAllLines(api.log()).stream().filter(line -> !line.isBlank()).toList();
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
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .header("traceparent", "00-" + traceOf(requestId) + "-" + CALLERS_SPAN + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
