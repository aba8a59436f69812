package com.abparts.machines.it.api;

import static com.abparts.machines.it.support.Api.MERGE_PATCH;
import static com.abparts.machines.it.support.Api.aMachine;
import static com.abparts.machines.it.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Rows that the systems before this one wrote under older rules, put into the database by SQL as
 * they could have been: every read serves them exactly as stored, a change is checked on what it
 * changes, and a PUT, which states the whole machine, is checked whole.
 */
class StoredRowsApiIT extends ApiTest {

    private static final String OLD_NOTES = "n".repeat(20_000);
    private static final String PURCHASED = "2024-06-01T00:00:00Z";
    private static final String WARRANTY_BEFORE_PURCHASE = "2024-01-01T00:00:00Z";

    @Autowired
    private JdbcClient jdbc;

    private UUID owner;
    private UUID blankName;
    private UUID longNotes;
    private UUID warrantyBeforePurchase;

    @BeforeEach
    void givenRowsWrittenUnderOlderRules() {
        owner = UUID.randomUUID();
        jdbc.sql("INSERT INTO organizations (id, name) VALUES (?, ?)").params(owner, " Old owner " + owner + " ").update();
        blankName = oldMachine(Map.of("name", ""));
        longNotes = oldMachine(Map.of("notes", OLD_NOTES));
        warrantyBeforePurchase = oldMachine(Map.of("purchase_date", OffsetDateTime.parse(PURCHASED),
                "warranty_expiry_date", OffsetDateTime.parse(WARRANTY_BEFORE_PURCHASE)));
    }

    @Test
    void servesEachStoredRowByIdExactlyAsStored() {
        assertThat(read(blankName).get("name").stringValue()).isEmpty();
        assertThat(read(longNotes).get("notes").stringValue()).isEqualTo(OLD_NOTES);
        JsonNode dates = read(warrantyBeforePurchase);
        assertThat(dates.get("purchaseDate").stringValue()).isEqualTo(PURCHASED);
        assertThat(dates.get("warrantyExpiryDate").stringValue()).isEqualTo(WARRANTY_BEFORE_PURCHASE);
        assertThat(dates.get("customerOrganization").get("name").stringValue()).isEqualTo(" Old owner " + owner + " ");
    }

    @Test
    void servesAPageHoldingStoredRows() {
        JsonNode page = api.get("/api/v1/machines?customerOrganizationId=" + owner + "&limit=50");

        assertThat(page.get("items").valueStream().map(item -> UUID.fromString(item.get("id").stringValue())))
                .containsExactlyInAnyOrder(blankName, longNotes, warrantyBeforePurchase);
        assertThat(api.get("/api/v1/organizations/" + owner).get("name").stringValue()).isEqualTo(" Old owner " + owner + " ");
    }

    @Test
    void fixesEachOffendingFieldByAPatchOfIt() {
        assertThat(patch(blankName, Map.of("name", " Harbour unit 3 ")).get("name").stringValue()).isEqualTo("Harbour unit 3");
        assertThat(patch(longNotes, Map.of("notes", "shortened")).get("notes").stringValue()).isEqualTo("shortened");
        assertThat(patch(warrantyBeforePurchase, Map.of("warrantyExpiryDate", "2026-06-01T00:00:00Z"))
                .get("warrantyExpiryDate").stringValue()).isEqualTo("2026-06-01T00:00:00Z");
    }

    @Test
    void checksAPatchedFieldAgainstTheStoredValuesOfItsRules() {
        http.patch().uri("/api/v1/machines/{id}", warrantyBeforePurchase).contentType(MERGE_PATCH)
                .body(json(Map.of("warrantyExpiryDate", "2024-05-31T00:00:00Z"))).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("warrantyExpiryDate")
                .jsonPath("$.errors[0].message").isEqualTo("must not be before purchaseDate")
                .jsonPath("$.errors.length()").isEqualTo(1);
    }

    @Test
    void leavesStoredValuesAsTheyAreThroughAnUnrelatedPatch() {
        for (UUID machine : List.of(blankName, longNotes, warrantyBeforePurchase)) {
            Map<String, Object> before = stored(machine);

            assertThat(patch(machine, Map.of("location", "Pier 9")).get("location").stringValue()).isEqualTo("Pier 9");

            Map<String, Object> after = stored(machine);
            assertThat(after).containsEntry("location", "Pier 9").containsEntry("version", 1L);
            after.keySet().removeAll(List.of("location", "version", "updated_at"));
            before.keySet().removeAll(List.of("location", "version", "updated_at"));
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void checksAPutWholeSinceItStatesTheWholeMachine() {
        JsonNode stored = read(warrantyBeforePurchase);
        Map<String, Object> replacement = aMachine(owner, stored.get("serialNumber").stringValue());
        replacement.put("purchaseDate", PURCHASED);
        replacement.put("warrantyExpiryDate", WARRANTY_BEFORE_PURCHASE);

        http.put().uri("/api/v1/machines/{id}", warrantyBeforePurchase).contentType(MediaType.APPLICATION_JSON).body(json(replacement))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("warrantyExpiryDate");
    }

    private UUID oldMachine(Map<String, Object> oddities) {
        UUID id = UUID.randomUUID();
        Map<String, Object> columns = new LinkedHashMap<>(Map.of("id", id, "customer_organization_id", owner,
                "model_type", "V3.1B", "name", "Unit " + id, "serial_number", "OLD-" + id));
        columns.putAll(oddities);
        jdbc.sql("INSERT INTO machines (" + String.join(", ", columns.keySet()) + ") VALUES ("
                        + String.join(", ", columns.keySet().stream().map(column -> ":" + column).toList()) + ")")
                .params(columns).update();
        return id;
    }

    private Map<String, Object> stored(UUID machine) {
        return new HashMap<>(jdbc.sql("SELECT * FROM machines WHERE id = ?").param(machine).query().singleRow());
    }

    private JsonNode read(UUID machine) {
        return api.get("/api/v1/machines/" + machine);
    }

    private JsonNode patch(UUID machine, Map<String, Object> change) {
        return Api.parse(http.patch().uri("/api/v1/machines/{id}", machine).contentType(MERGE_PATCH).body(json(change)).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }
}
