package com.abparts.machines.it.api;

import static com.abparts.machines.it.support.Api.aMachine;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** GET /machines: filters, sorting and keyset paging over real HTTP. */
class MachineListingApiIT extends ApiTest {

    private UUID owner;

    @BeforeEach
    void anOwner() {
        owner = api.createOrganization("Fleet " + UUID.randomUUID());
    }

    @Test
    void appliesEveryGivenFilter() {
        String wanted = machine("V4.0", "maintenance", "2025-09-01T00:00:00Z");
        String alsoWanted = machine("V4.0", "active", "2025-09-30T23:59:59Z");
        machine("V4.0", "inactive", "2025-09-01T00:00:00Z");
        machine("V3.1B", "active", "2025-09-01T00:00:00Z");
        machine("V4.0", "active", "2025-10-01T00:00:00Z");
        machine("V4.0", "active", null);

        JsonNode page = api.get("/api/v1/machines?customerOrganizationId=" + owner
                + "&status=active&status=maintenance&modelType=V4.0&nextMaintenanceBefore=2025-10-01T00:00:00Z");

        assertThat(ids(page)).containsExactlyInAnyOrder(wanted, alsoWanted);
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void walksAllPagesThroughCursorsAndLinks() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(machine("V4.0", "active", null));
        }
        List<String> walked = new ArrayList<>();
        String next = "/api/v1/machines?customerOrganizationId=" + owner + "&sort=serialNumber,asc&limit=2";
        int pages = 0;
        while (next != null) {
            var result = http.get().uri(next).exchange().expectStatus().isOk().expectBody().returnResult();
            JsonNode page = Api.parse(result.getResponseBody());
            walked.addAll(ids(page));
            String link = result.getResponseHeaders().getFirst(HttpHeaders.LINK);
            next = link == null ? null : link.substring(1, link.indexOf('>'));
            assertThat(link == null).isEqualTo(page.get("nextCursor").isNull());
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        assertThat(walked).isEqualTo(ids(api.get("/api/v1/machines?customerOrganizationId=" + owner + "&sort=serialNumber,asc")));
    }

    @Test
    void refusesACursorThatWasAlteredOrIssuedForAnotherListing() {
        for (int i = 0; i < 3; i++) {
            machine("V4.0", "active", null);
        }
        String base = "/api/v1/machines?customerOrganizationId=" + owner + "&limit=1";
        String cursor = api.get(base + "&sort=name,asc").get("nextCursor").stringValue();
        String altered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);

        for (String uri : List.of(base + "&sort=name,asc&cursor=" + altered, base + "&sort=name,desc&cursor=" + cursor,
                base + "&sort=name,asc&status=active&cursor=" + cursor, base + "&sort=name,asc&cursor=garbage")) {
            http.get().uri(uri).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        }
        http.get().uri("/api/v1/machines?customerOrganizationId=" + owner + "&sort=name,asc&limit=2&cursor=" + cursor).exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=501", "limit=ten", "status=ACTIVE", "status=retired", "sort=colour",
            "sort=name,up", "customerOrganizationId=42", "nextMaintenanceBefore=tomorrow", "warrantyExpiresBefore=2025-01-01"})
    void refusesAnInvalidParameterNamingIt(String parameter) {
        http.get().uri("/api/v1/machines?" + parameter).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(parameter.substring(0, parameter.indexOf('=')));
    }

    @Test
    void sortsMachinesWithoutNextMaintenanceLastBothWays() {
        String none = machine("V4.0", "active", null);
        String early = machine("V4.0", "active", "2025-01-01T00:00:00Z");
        String late = machine("V4.0", "active", "2026-01-01T00:00:00Z");
        String base = "/api/v1/machines?customerOrganizationId=" + owner + "&sort=nextMaintenanceDate,";

        assertThat(ids(api.get(base + "asc"))).containsExactly(early, late, none);
        assertThat(ids(api.get(base + "desc"))).containsExactly(late, early, none);
    }

    private String machine(String modelType, String status, String nextMaintenance) {
        Map<String, Object> body = aMachine(owner, "AB-" + UUID.randomUUID());
        body.put("modelType", modelType);
        body.put("status", status);
        body.put("nextMaintenanceDate", nextMaintenance);
        body.remove("lastMaintenanceDate");
        return api.createMachine(body).get("id").stringValue();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").stringValue()));
        return ids;
    }
}
