package com.abparts.machines.it.security;

import static com.abparts.machines.it.support.Api.aMachine;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The staff of an organization page through their organization's machines only, with full pages
 * and working cursors: the scope is part of the query, and a cursor is bound to the scope it came with.
 */
class ScopedListingApiIT extends ApiTest {

    private UUID own;
    private UUID other;
    private final List<String> owned = new ArrayList<>();

    @BeforeEach
    void givenMachinesOfTwoOrganizationsInterleaved() {
        own = api.createOrganization("Own " + UUID.randomUUID());
        other = api.createOrganization("Other " + UUID.randomUUID());
        IntStream.range(0, 5).forEach(i -> {
            owned.add(api.createMachine(aMachine(own, "AB-" + UUID.randomUUID())).get("id").stringValue());
            api.createMachine(aMachine(other, "AB-" + UUID.randomUUID()));
        });
    }

    @Test
    void givesTheStaffOfAnOrganizationFullPagesOfItsOwnMachines() {
        Api staff = api.as(Api.userOf(own));
        List<String> walked = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = "/api/v1/machines?sort=serialNumber,asc&limit=2";
        while (next != null) {
            JsonNode page = staff.get(next);
            page.get("items").forEach(item -> walked.add(item.get("id").stringValue()));
            pageSizes.add(page.get("items").size());
            next = page.get("nextCursor").isNull() ? null
                    : "/api/v1/machines?sort=serialNumber,asc&limit=2&cursor=" + page.get("nextCursor").stringValue();
        }

        assertThat(walked).containsExactlyInAnyOrderElementsOf(owned).doesNotHaveDuplicates();
        assertThat(pageSizes).containsExactly(2, 2, 1);
    }

    @Test
    void givesAnEmptyPageForAFilterOnAnotherOrganization() {
        JsonNode page = api.as(Api.adminOf(own)).get("/api/v1/machines?customerOrganizationId=" + other);

        assertThat(page.get("items")).isEmpty();
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void refusesACursorOutsideTheScopeItCameWith() {
        String cursor = api.as(Api.adminOf(own)).get("/api/v1/machines?limit=1").get("nextCursor").stringValue();

        api.as(Api.adminOf(other)).http().get().uri("/api/v1/machines?limit=1&cursor=" + cursor).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        api.as(Api.userOf(own)).http().get().uri("/api/v1/machines?limit=1&cursor=" + cursor).exchange().expectStatus().isOk();
    }

    @Test
    void showsTheStaffOfAnOrganizationAOneItemPageOfOrganizations() {
        JsonNode page = api.as(Api.userOf(own)).get("/api/v1/organizations?limit=1");

        assertThat(page.get("items")).singleElement().satisfies(item -> assertThat(item.get("id").stringValue()).isEqualTo(own.toString()));
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }
}
