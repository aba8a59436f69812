package com.abparts.machines.it.api;

import static com.abparts.machines.it.support.Api.MERGE_PATCH;
import static com.abparts.machines.it.support.Api.aMachine;
import static com.abparts.machines.it.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.StatementLog;
import com.abparts.machines.it.support.WithTestBeans;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Each request costs the database the fewest statements its guarantees allow, as bench/README.md
 * lists them: a read is one statement, a machine's owner joined in; a creation or a deletion is
 * its one statement, which also checks the owner, or the version; a change made of the current
 * state (PATCH, PUT) reads it, then writes on the condition that it is still the version read.
 */
@WithTestBeans
class StatementsPerRequestApiIT extends ApiTest {

    @Autowired
    private StatementLog statements;

    private UUID owner;
    private String machine;

    @BeforeEach
    void givenAMachine() {
        owner = api.createOrganization("Owner " + UUID.randomUUID());
        machine = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();
        statements.clear();
    }

    @Test
    void readsAMachineWithItsOwnerInOneStatement() {
        String ownerName = api.get("/api/v1/organizations/" + owner).get("name").stringValue();
        statements.clear();

        http.get().uri("/api/v1/machines/{id}", machine).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.customerOrganization.name").isEqualTo(ownerName);

        assertThat(statements.executed()).singleElement().satisfies(sql -> assertThat(sql).contains("FROM machines m JOIN organizations o"));
    }

    @Test
    void readsAPageOfMachinesOfManyOwnersInOneStatement() {
        List<String> owners = List.of(api.createOrganization("First " + UUID.randomUUID()), api.createOrganization("Second " + UUID.randomUUID()))
                .stream().map(UUID::toString).toList();
        owners.forEach(other -> api.createMachine(aMachine(UUID.fromString(other), "AB-" + UUID.randomUUID())));
        statements.clear();

        JsonNode page = api.get("/api/v1/machines?limit=3");

        assertThat(page.get("items").valueStream().map(item -> item.get("customerOrganization").get("id").stringValue()))
                .containsExactly(owners.get(1), owners.get(0), owner.toString());
        assertThat(statements.executed()).singleElement().satisfies(sql -> assertThat(sql).contains("FROM machines m JOIN organizations o"));
    }

    @Test
    void registersAMachineInOneStatementThatAlsoReadsItsOwner() {
        JsonNode created = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID()));

        assertThat(created.get("customerOrganization").get("id").stringValue()).isEqualTo(owner.toString());
        assertThat(statements.executed()).singleElement().satisfies(sql -> assertThat(sql).startsWith("WITH written AS (INSERT INTO machines"));
    }

    @Test
    void refusesAMachineOfAnUnknownOwnerInOneStatement() {
        http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON)
                .body(json(aMachine(UUID.randomUUID(), "AB-" + UUID.randomUUID()))).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerOrganizationId");

        assertThat(statements.executed()).hasSize(1);
    }

    @Test
    void changesAMachineByReadingItThenWritingOnTheVersionRead() {
        http.patch().uri("/api/v1/machines/{id}", machine).contentType(MERGE_PATCH).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body("{\"notes\": \"Checked\"}").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.customerOrganization.id").isEqualTo(owner.toString());

        assertThat(statements.executed()).hasSize(2).satisfiesExactly(
                read -> assertThat(read).contains("FROM machines m JOIN organizations o"),
                write -> assertThat(write).contains("UPDATE machines SET").contains("WHERE id = ? AND version = ? - 1"));
    }

    @Test
    void replacesAMachineByReadingItThenWritingOnTheVersionRead() {
        http.put().uri("/api/v1/machines/{id}", machine).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body(json(aMachine(owner, "AB-" + UUID.randomUUID()))).exchange().expectStatus().isOk();

        assertThat(statements.executed()).hasSize(2);
    }

    @Test
    void deletesAMachineInOneStatement() {
        http.delete().uri("/api/v1/machines/{id}", machine).header(HttpHeaders.IF_MATCH, "\"0\"").exchange().expectStatus().isNoContent();

        assertThat(statements.executed()).singleElement().satisfies(sql -> assertThat(sql).startsWith("DELETE FROM machines"));
    }

    @Test
    void readsAnOrganizationOrAPageOfThemInOneStatementEach() {
        api.get("/api/v1/organizations/" + owner);
        api.get("/api/v1/organizations?limit=5");

        assertThat(statements.executed()).hasSize(2);
    }
}
