package com.abparts.machines.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** What every request meets, whatever the resource: request ids, HTTP-level errors, health, the docs. */
class HttpBehaviourApiIT extends ApiTest {

    @Test
    void keepsASaneRequestIdAndRepeatsItInProblems() {
        String id = "checkout-42:retry.1_" + UUID.randomUUID();

        http.get().uri("/api/v1/machines/{id}", UUID.randomUUID()).header("X-Request-Id", id).exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals("X-Request-Id", id)
                .expectBody().jsonPath("$.requestId").isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces", "semi;colon", ""})
    void replacesAnInsaneRequestId(String insane) {
        var result = http.get().uri("/api/v1/organizations/{id}", UUID.randomUUID()).header("X-Request-Id", insane).exchange()
                .expectStatus().isNotFound().expectBody().returnResult();
        String given = result.getResponseHeaders().getFirst("X-Request-Id");

        assertThat(given).isNotEqualTo(insane).matches("[0-9a-f-]{36}");
        assertThat(Api.parse(result.getResponseBody()).get("requestId").stringValue()).isEqualTo(given);
    }

    @Test
    void givesEveryResponseARequestId() {
        api.as(null).http().get().uri("/livez").exchange().expectHeader().exists("X-Request-Id");
        api.as(null).http().get().uri("/api/v1/machines").exchange().expectStatus().isUnauthorized().expectHeader().exists("X-Request-Id");
    }

    @Test
    void answersAnUnknownPathWithANotFoundProblem() {
        http.get().uri("/api/v1/tractors").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAWrongMethodWith405() {
        http.delete().uri("/api/v1/machines").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnUnacceptableMediaTypeWith406() {
        http.get().uri("/api/v1/organizations").accept(MediaType.TEXT_PLAIN).exchange()
                .expectStatus().isEqualTo(406);
    }

    @Test
    void answersAWrongContentTypeWith415() {
        http.post().uri("/api/v1/organizations").contentType(MediaType.TEXT_PLAIN).body("name=x").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesABodyOverOneMebibyteButReadsOneOfExactlyThatSize() {
        String prefix = "{\"name\": \"";
        String suffix = "\"}";
        String exactly = prefix + "x".repeat(1_048_576 - prefix.length() - suffix.length()) + suffix;
        String tooLarge = prefix + "x".repeat(1_048_577 - prefix.length() - suffix.length()) + suffix;

        http.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).body(exactly).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("must be at most 255 characters");
        http.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).body(tooLarge).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/livez", "/readyz"})
    void answersItsProbesOnTheMainPortWithTheStatusOnlyAndWithoutAToken(String probe) {
        api.as(null).http().get().uri(probe).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist()
                .jsonPath("$.details").doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void reportsItsHealthOnTheManagementPort(String probe) {
        api.management().get().uri(probe).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void showsTheSchemasHealthInDetailOnTheManagementPortOnly() {
        api.management().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.schema.details.migrationTag").isEqualTo("add_machine_sort_indexes");
        for (String actuator : new String[] {"/actuator/health", "/actuator/info"}) {
            http.get().uri(actuator).exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void servesSwaggerUi() {
        http.get().uri("/swagger-ui/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }
}
