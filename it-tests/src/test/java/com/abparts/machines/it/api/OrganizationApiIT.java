package com.abparts.machines.it.api;

import static com.abparts.machines.it.support.Api.MERGE_PATCH;
import static com.abparts.machines.it.support.Api.aMachine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Every organization operation of docs/api.md over real HTTP, against real PostgreSQL. */
class OrganizationApiIT extends ApiTest {

    @Test
    void createsReadsRenamesAndDeletesAnOrganization() {
        String name = "Oraseas " + UUID.randomUUID();
        var created = http.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"  " + name + "  \"}").exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/v1/organizations/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody().jsonPath("$.name").isEqualTo(name).returnResult();
        String location = created.getResponseHeaders().getLocation().toString();

        http.get().uri(location).exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
        http.get().uri(location).header(HttpHeaders.IF_NONE_MATCH, "\"0\"").exchange().expectStatus().isNotModified();
        http.patch().uri(location).contentType(MERGE_PATCH).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body("{\"name\": \"" + name + " Ltd\"}").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.name").isEqualTo(name + " Ltd").jsonPath("$.version").isEqualTo(1);
        http.patch().uri(location).contentType(MERGE_PATCH).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body("{\"name\": \"Lost update\"}").exchange().expectStatus().isEqualTo(412);
        http.delete().uri(location).header(HttpHeaders.IF_MATCH, "\"0\"").exchange().expectStatus().isEqualTo(412);
        http.delete().uri(location).header(HttpHeaders.IF_MATCH, "\"1\"").exchange().expectStatus().isNoContent();
        http.get().uri(location).exchange().expectStatus().isNotFound();
    }

    @Test
    void refusesADuplicateNameAfterTrimming() {
        String name = "Twin " + UUID.randomUUID();
        api.createOrganization(name);

        http.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).body("{\"name\": \" " + name + "\"}").exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesABlankNameAndUnknownProperties() {
        http.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).body("{\"name\": \"   \", \"vat\": 1}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[*].field").value(fields ->
                        assertThat(fields).asInstanceOf(list(Object.class)).containsExactlyInAnyOrder("name", "vat"));
    }

    @Test
    void refusesToDeleteAnOrganizationThatOwnsMachines() {
        UUID owner = api.createOrganization("Owner " + UUID.randomUUID());
        api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID()));

        http.delete().uri("/api/v1/organizations/{id}", owner).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("still owns machines"));
        http.get().uri("/api/v1/organizations/{id}", owner).exchange().expectStatus().isOk();
    }

    @Test
    void pagesThroughOrganizationsByName() {
        String prefix = "Page " + UUID.randomUUID() + " ";
        for (int i = 0; i < 3; i++) {
            api.createOrganization(prefix + i);
        }
        List<String> names = new ArrayList<>();
        String next = "/api/v1/organizations?sort=name,asc&limit=2";
        while (next != null) {
            JsonNode page = api.get(next);
            page.get("items").forEach(item -> names.add(item.get("name").stringValue()));
            next = page.get("nextCursor").isNull() ? null
                    : "/api/v1/organizations?sort=name,asc&limit=2&cursor=" + page.get("nextCursor").stringValue();
        }

        assertThat(names).contains(prefix + 0, prefix + 1, prefix + 2).doesNotHaveDuplicates();
        assertThat(names.indexOf(prefix + 1)).isEqualTo(names.indexOf(prefix + 0) + 1);
    }
}
