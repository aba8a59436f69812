package com.abparts.machines.it.api;

import static com.abparts.machines.it.support.Api.MERGE_PATCH;
import static com.abparts.machines.it.support.Api.aMachine;
import static com.abparts.machines.it.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Every machine operation of docs/api.md over real HTTP, against real PostgreSQL. */
class MachineApiIT extends ApiTest {

    private UUID owner;

    @BeforeEach
    void anOwner() {
        owner = api.createOrganization("Owner " + UUID.randomUUID());
    }

    @Test
    void createsAMachineWithLocationETagAndDefaults() {
        Map<String, Object> body = aMachine(owner, "AB-" + UUID.randomUUID());
        body.put("name", "  Harbour unit 3  ");
        body.put("location", "   ");
        body.remove("warrantyExpiryDate");

        var result = http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(json(body)).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/v1/machines/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody()
                .jsonPath("$.name").isEqualTo("Harbour unit 3")
                .jsonPath("$.status").isEqualTo("active")
                .jsonPath("$.location").isEqualTo(null)
                .jsonPath("$.warrantyExpiryDate").isEqualTo(null)
                .jsonPath("$.customerOrganization.id").isEqualTo(owner.toString())
                .jsonPath("$.version").isEqualTo(0)
                .returnResult();
        String location = result.getResponseHeaders().getLocation().toString();

        http.get().uri(location).exchange().expectStatus().isOk()
                .expectBody().json(new String(result.getResponseBody()));
    }

    @Test
    void answersAGetWithTheCurrentETagWithNotModified() {
        String id = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();

        http.get().uri("/api/v1/machines/{id}", id).header(HttpHeaders.IF_NONE_MATCH, "\"0\"").exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
        http.get().uri("/api/v1/machines/{id}", id).header(HttpHeaders.IF_NONE_MATCH, "\"7\"").exchange()
                .expectStatus().isOk();
        // RFC 9110's weak comparison: a weak tag, or any tag of a list, names the current version too.
        for (String held : new String[] {"W/\"0\"", "\"x\", \"0\"", "\"5\", W/\"0\""}) {
            http.get().uri("/api/v1/machines/{id}", id).header(HttpHeaders.IF_NONE_MATCH, held).exchange()
                    .expectStatus().isNotModified();
        }
    }

    @Test
    void answersAnUnknownIdWithANotFoundProblem() {
        UUID unknown = UUID.randomUUID();

        for (String method : new String[] {"GET", "DELETE"}) {
            http.method(HttpMethod.valueOf(method)).uri("/api/v1/machines/{id}", unknown).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("no machine has the id " + unknown);
        }
        http.put().uri("/api/v1/machines/{id}", unknown).contentType(MediaType.APPLICATION_JSON)
                .body(json(aMachine(owner, "AB-" + UUID.randomUUID()))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void rejectsAnIdThatIsNotAUuidNamingIt() {
        http.get().uri("/api/v1/machines/not-a-uuid").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void refusesADuplicateSerialNumberWithAConflict() {
        String serial = "AB-" + UUID.randomUUID();
        api.createMachine(aMachine(owner, serial));

        http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(json(aMachine(owner, " " + serial + " "))).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains(serial));
    }

    @Test
    void refusesAnUnknownOrganizationOnItsField() {
        http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON)
                .body(json(aMachine(UUID.randomUUID(), "AB-" + UUID.randomUUID()))).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[*].field").isEqualTo(List.of("customerOrganizationId"));
    }

    @Test
    void listsEveryInvalidFieldAtOnce() {
        String body = """
                {"customerOrganizationId": "%s", "modelType": "V4.0-EXTENDED", "name": 42, "serialNumber": "  ",
                 "status": "ACTIVE", "purchaseDate": "2024-02-30", "warrantyExpiryDate": "2020-01-01T00:00:00Z",
                 "lastMaintenanceDate": "2025-06-01T00:00:00Z", "nextMaintenanceDate": "2025-05-01T00:00:00Z",
                 "location": "%s", "colour": "red"}""".formatted(owner, "x".repeat(256));

        http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("8 fields are invalid")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields).asInstanceOf(list(Object.class)).containsExactlyInAnyOrder(
                        "colour", "name", "status", "purchaseDate", "modelType", "serialNumber", "nextMaintenanceDate", "location"))
                .jsonPath("$.errors[?(@.field == 'status')].allowedValues[*]")
                .isEqualTo(List.of("active", "inactive", "maintenance", "decommissioned"));
    }

    @Test
    void reportsACrossFieldRuleOnTheLaterField() {
        Map<String, Object> body = aMachine(owner, "AB-" + UUID.randomUUID());
        body.put("warrantyExpiryDate", "2023-01-01T00:00:00Z");

        http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(json(body)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("warrantyExpiryDate")
                .jsonPath("$.errors[0].message").isEqualTo("must not be before purchaseDate");
    }

    @Test
    void refusesABodyThatIsNotAJsonObject() {
        for (String body : new String[] {"{not json", "[1, 2]", "\"text\""}) {
            http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void replacesEveryInputFieldAndMovesTheVersionOn() {
        String id = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();
        Map<String, Object> replacement = Map.of("customerOrganizationId", owner.toString(), "modelType", "V3.1B",
                "name", "Renamed", "serialNumber", "AB-" + UUID.randomUUID(), "status", "inactive");

        http.put().uri("/api/v1/machines/{id}", id).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body(json(replacement)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.modelType").isEqualTo("V3.1B")
                .jsonPath("$.status").isEqualTo("inactive")
                .jsonPath("$.location").isEqualTo(null)
                .jsonPath("$.purchaseDate").isEqualTo(null)
                .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void refusesAWriteFromAStaleVersionChangingNothing() {
        String id = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();
        http.patch().uri("/api/v1/machines/{id}", id).contentType(MERGE_PATCH).body("{\"name\": \"First\"}").exchange()
                .expectStatus().isOk();

        http.patch().uri("/api/v1/machines/{id}", id).contentType(MERGE_PATCH).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body("{\"name\": \"Second\"}").exchange()
                .expectStatus().isEqualTo(412)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.put().uri("/api/v1/machines/{id}", id).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body(json(aMachine(owner, "AB-" + UUID.randomUUID()))).exchange()
                .expectStatus().isEqualTo(412);
        http.delete().uri("/api/v1/machines/{id}", id).header(HttpHeaders.IF_MATCH, "\"0\"").exchange()
                .expectStatus().isEqualTo(412);

        assertThat(api.get("/api/v1/machines/" + id).get("name").stringValue()).isEqualTo("First");
    }

    @Test
    void mergesAPatchLeavingAbsentFieldsAndClearingNullOnes() {
        JsonNode created = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID()));
        String id = created.get("id").stringValue();

        http.patch().uri("/api/v1/machines/{id}", id).contentType(MERGE_PATCH).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body("{\"status\": \"maintenance\", \"location\": null, \"notes\": \"Pump replaced\"}").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo("maintenance")
                .jsonPath("$.location").isEqualTo(null)
                .jsonPath("$.notes").isEqualTo("Pump replaced")
                .jsonPath("$.serialNumber").isEqualTo(created.get("serialNumber").stringValue())
                .jsonPath("$.purchaseDate").isEqualTo("2024-01-15T00:00:00Z");
    }

    @Test
    void refusesAPatchClearingARequiredFieldOrBreakingACrossFieldRule() {
        String id = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();

        http.patch().uri("/api/v1/machines/{id}", id).contentType(MERGE_PATCH)
                .body("{\"name\": null, \"status\": null, \"purchaseDate\": \"2027-01-01T00:00:00Z\"}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields).asInstanceOf(list(Object.class))
                        .containsExactlyInAnyOrder("name", "status", "warrantyExpiryDate"));
    }

    @Test
    void takesPatchesOnlyAsMergePatches() {
        String id = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();

        http.patch().uri("/api/v1/machines/{id}", id).contentType(MediaType.APPLICATION_JSON).body("{\"name\": \"X\"}").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void deletesAMachine() {
        String id = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();

        http.delete().uri("/api/v1/machines/{id}", id).header(HttpHeaders.IF_MATCH, "\"0\"").exchange()
                .expectStatus().isNoContent();

        http.get().uri("/api/v1/machines/{id}", id).exchange().expectStatus().isNotFound();
    }
}
