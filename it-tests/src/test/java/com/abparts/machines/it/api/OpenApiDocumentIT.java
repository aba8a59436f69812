package com.abparts.machines.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.Linters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document the running service serves: complete, and clean for Redocly and Spectral. */
class OpenApiDocumentIT extends ApiTest {

    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("post /api/v1/organizations", "createOrganization"),
            Map.entry("get /api/v1/organizations", "listOrganizations"),
            Map.entry("get /api/v1/organizations/{id}", "getOrganization"),
            Map.entry("patch /api/v1/organizations/{id}", "patchOrganization"),
            Map.entry("delete /api/v1/organizations/{id}", "deleteOrganization"),
            Map.entry("post /api/v1/machines", "createMachine"),
            Map.entry("get /api/v1/machines", "listMachines"),
            Map.entry("get /api/v1/machines/{id}", "getMachine"),
            Map.entry("put /api/v1/machines/{id}", "replaceMachine"),
            Map.entry("patch /api/v1/machines/{id}", "patchMachine"),
            Map.entry("delete /api/v1/machines/{id}", "deleteMachine"));

    private JsonNode document;
    private Path file;

    @BeforeEach
    void servedDocument() throws Exception {
        document = api.get("/v3/api-docs");
        file = Path.of("target", "openapi.json").toAbsolutePath();
        Files.writeString(file, document.toString());
    }

    @Test
    void isOpenApi31AndListsEveryOperationOfTheContract() {
        assertThat(document.get("openapi").stringValue()).isEqualTo("3.1.0");
        List<String> documented = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                documented.add(operation.getKey() + " " + path.getKey())));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(OPERATIONS.keySet());
        OPERATIONS.forEach((operation, id) -> {
            JsonNode documentedOperation = operation(operation);
            assertThat(documentedOperation.get("operationId").stringValue()).isEqualTo(id);
            assertThat(documentedOperation.get("summary").stringValue()).isNotBlank();
        });
    }

    @Test
    void documentsEveryErrorAsAProblemWithTheRequestIdHeader() {
        OPERATIONS.keySet().forEach(operation -> operation(operation).get("responses").properties().forEach(response -> {
            assertThat(response.getValue().get("headers").has("X-Request-Id")).as("%s %s", operation, response.getKey()).isTrue();
            assertThat(response.getValue().get("headers").has("traceresponse")).as("%s %s", operation, response.getKey()).isTrue();
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                assertThat(response.getValue().get("content").get("application/problem+json").get("schema").get("$ref").stringValue())
                        .as("%s %s", operation, response.getKey()).isEqualTo("#/components/schemas/Problem");
            }
        }));
        assertThat(operation("put /api/v1/machines/{id}").get("responses").properties().stream().map(Map.Entry::getKey))
                .contains("200", "400", "404", "409", "412", "413", "415", "422", "500", "503");
        assertThat(operation("get /api/v1/machines/{id}").get("responses").has("304")).isTrue();
        assertThat(operation("delete /api/v1/organizations/{id}").get("responses").has("409")).isTrue();
    }

    @Test
    void asksForABearerTokenOnEveryOperationAndDocumentsItsRefusals() {
        JsonNode bearer = document.get("components").get("securitySchemes").get("bearer");
        assertThat(bearer.get("type").stringValue()).isEqualTo("http");
        assertThat(bearer.get("scheme").stringValue()).isEqualTo("bearer");
        OPERATIONS.keySet().forEach(operation -> {
            JsonNode documented = operation(operation);
            assertThat(documented.get("security").toString()).as(operation).isEqualTo("[{\"bearer\":[]}]");
            assertThat(documented.get("responses").has("401")).as(operation).isTrue();
            assertThat(documented.get("responses").has("403")).as(operation).isTrue();
        });
        assertThat(document.get("components").get("securitySchemes").has("login")).as("no login where no identity provider is configured").isFalse();
    }

    @Test
    void givesEveryProblemResponseAnExampleOfItsOwnStatus() {
        OPERATIONS.keySet().forEach(operation -> operation(operation).get("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                JsonNode example = response.getValue().get("content").get("application/problem+json").get("example");
                assertThat(example.get("status").asInt()).as("%s %s", operation, response.getKey()).isEqualTo(Integer.parseInt(response.getKey()));
            }
        }));
    }

    @Test
    void spellsTheStatusAsTheFourLabelsAndOffersMergePatch() {
        JsonNode status = document.get("components").get("schemas").get("MachineInput").get("properties").get("status");
        assertThat(status.get("enum").toString()).isEqualTo("[\"active\",\"inactive\",\"maintenance\",\"decommissioned\"]");
        assertThat(operation("patch /api/v1/machines/{id}").get("requestBody").get("content").has("application/merge-patch+json")).isTrue();
    }

    @Test
    void passesRedoclysRecommendedRules() throws Exception {
        Linters.Result lint = Linters.run(Linters.folder(), List.of(Linters.command("redocly").toString(),
                "lint", "--config", "redocly.yaml", "--format", "stylish", file.toString()));

        assertThat(lint.exitCode()).as("Redocly found:%n%s", lint.output()).isZero();
    }

    @Test
    void passesSpectralsOasRulesetWithoutErrors() throws Exception {
        Linters.Result lint = Linters.run(Linters.folder(), List.of(Linters.command("spectral").toString(),
                "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "error", file.toString()));

        assertThat(lint.exitCode()).as("Spectral found:%n%s", lint.output()).isZero();
    }

    private JsonNode operation(String methodAndPath) {
        String[] parts = methodAndPath.split(" ", 2);
        return document.get("paths").get(parts[1]).get(parts[0]);
    }
}
