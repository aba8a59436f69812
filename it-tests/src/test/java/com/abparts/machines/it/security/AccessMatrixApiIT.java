package com.abparts.machines.it.security;

import static com.abparts.machines.it.support.Api.MERGE_PATCH;
import static com.abparts.machines.it.support.Api.aMachine;
import static com.abparts.machines.it.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.testidentity.TestIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what, over HTTP against the running service: every operation, called by every kind of
 * caller and non-caller, gives the status, the problem and the body that the permissions say, and a
 * refused write changes nothing.
 */
class AccessMatrixApiIT extends ApiTest {

    /** The organization whose staff call, its machine, and an organization it does not see. */
    private UUID own;
    private UUID other;
    private String machine;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void givenTwoOrganizationsAndAMachine() {
        own = api.createOrganization("Own " + UUID.randomUUID());
        other = api.createOrganization("Other " + UUID.randomUUID());
        machine = api.createMachine(aMachine(own, "AB-" + UUID.randomUUID())).get("id").stringValue();
    }

    /** Who calls, and what its token is. */
    enum Caller {
        SUPER_ADMIN(fixture -> TestIdentity.token("operator").roles("super_admin").signed()),
        ADMIN_OF_THE_OWNER(fixture -> TestIdentity.token("admin").roles("admin").organization(fixture.own).signed()),
        USER_OF_THE_OWNER(fixture -> TestIdentity.token("user").roles("user", "auditor").organization(fixture.own).signed()),
        ADMIN_OF_ANOTHER_ORGANIZATION(fixture -> TestIdentity.token("stranger").roles("admin").organization(fixture.other).signed()),
        NO_TOKEN(fixture -> null),
        EXPIRED(fixture -> TestIdentity.token("late").roles("super_admin").expiredAgo(Duration.ofMinutes(5)).signed()),
        NOT_YET_VALID(fixture -> TestIdentity.token("early").roles("super_admin").notBefore(Instant.now().plus(Duration.ofMinutes(5))).signed()),
        SIGNED_BY_ANOTHER_KEY(fixture -> TestIdentity.token("forger").roles("super_admin").signedWithAnotherKey()),
        UNSIGNED(fixture -> TestIdentity.token("forger").roles("super_admin").unsigned()),
        HS256_WITH_THE_PUBLIC_KEY(fixture -> TestIdentity.token("forger").roles("super_admin").signedWithThePublicKeyAsHmacSecret()),
        FOR_ANOTHER_AUDIENCE(fixture -> TestIdentity.token("elsewhere").roles("super_admin").claim("aud", "billing").signed()),
        NO_KNOWN_ROLE(fixture -> TestIdentity.token("visitor").roles("auditor", "guest").organization(fixture.own).signed()),
        NO_ORGANIZATION(fixture -> TestIdentity.token("lost").roles("admin").signed());

        private final Function<AccessMatrixApiIT, String> token;

        Caller(Function<AccessMatrixApiIT, String> token) {
            this.token = token;
        }

        boolean unauthenticated() {
            return ordinal() >= NO_TOKEN.ordinal() && ordinal() <= FOR_ANOTHER_AUDIENCE.ordinal();
        }
    }

    /** Each operation: the request, and what each caller gets. */
    enum Operation {
        CREATE_ORGANIZATION(201, Answer.FORBIDDEN, Answer.FORBIDDEN),
        LIST_ORGANIZATIONS(200, Answer.OWN_ONLY, Answer.OWN_ONLY),
        GET_ORGANIZATION(200, Answer.OK, Answer.NOT_FOUND),
        PATCH_ORGANIZATION(200, Answer.FORBIDDEN, Answer.NOT_FOUND),
        DELETE_ORGANIZATION(204, Answer.FORBIDDEN, Answer.NOT_FOUND),
        CREATE_MACHINE(201, Answer.FORBIDDEN, Answer.FORBIDDEN),
        LIST_MACHINES(200, Answer.OWN_ONLY, Answer.OWN_ONLY),
        GET_MACHINE(200, Answer.OK, Answer.NOT_FOUND),
        REPLACE_MACHINE(200, Answer.FORBIDDEN, Answer.NOT_FOUND),
        PATCH_MACHINE(200, Answer.FORBIDDEN, Answer.NOT_FOUND),
        DELETE_MACHINE(204, Answer.FORBIDDEN, Answer.NOT_FOUND);

        private final int bySuperAdmin;
        private final Answer byStaffOfTheOwner;
        private final Answer byStaffOfAnother;

        Operation(int bySuperAdmin, Answer byStaffOfTheOwner, Answer byStaffOfAnother) {
            this.bySuperAdmin = bySuperAdmin;
            this.byStaffOfTheOwner = byStaffOfTheOwner;
            this.byStaffOfAnother = byStaffOfAnother;
        }

        boolean writes() {
            return this != LIST_ORGANIZATIONS && this != GET_ORGANIZATION && this != LIST_MACHINES && this != GET_MACHINE;
        }
    }

    private enum Answer { OK, OWN_ONLY, FORBIDDEN, NOT_FOUND }

    static Stream<Arguments> everyOperationByEveryCaller() {
        return Arrays.stream(Operation.values()).flatMap(operation -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(operation, caller)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyOperationByEveryCaller")
    void answersAsThePermissionsSay(Operation operation, Caller caller) {
        String serial = "AB-" + UUID.randomUUID();
        String name = "Created " + UUID.randomUUID();
        if (operation == Operation.DELETE_ORGANIZATION) {
            // An organization that owns no machines, so that only the caller's rights decide.
            api.http().delete().uri("/api/v1/machines/{id}", machine).exchange().expectStatus().isNoContent();
        }
        List<Map<String, Object>> before = state();

        var result = send(operation, api.as(caller.token.apply(this)).http(), serial, name).expectBody().returnResult();
        int status = result.getStatus().value();
        JsonNode body = result.getResponseBody() == null || result.getResponseBody().length == 0 ? null : Api.parse(result.getResponseBody());

        if (caller.unauthenticated()) {
            assertThat(status).isEqualTo(401);
            assertThat(body.get("type").stringValue()).isEqualTo("urn:abparts:problem:unauthenticated");
            String challenge = result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
            if (caller == Caller.NO_TOKEN) {
                assertThat(challenge).isEqualTo("Bearer");
            } else {
                assertThat(challenge).startsWith("Bearer error=\"invalid_token\", error_description=\"");
            }
        } else if (caller == Caller.NO_KNOWN_ROLE || caller == Caller.NO_ORGANIZATION) {
            assertThat(status).isEqualTo(403);
            assertThat(body.get("type").stringValue()).isEqualTo("urn:abparts:problem:forbidden");
            assertThat(body.get("detail").stringValue()).contains(caller == Caller.NO_KNOWN_ROLE ? "super_admin, admin, user" : "organization");
        } else if (caller == Caller.SUPER_ADMIN) {
            assertThat(status).isEqualTo(operation.bySuperAdmin);
        } else {
            Answer expected = caller == Caller.ADMIN_OF_ANOTHER_ORGANIZATION ? operation.byStaffOfAnother : operation.byStaffOfTheOwner;
            UUID callersOrganization = caller == Caller.ADMIN_OF_ANOTHER_ORGANIZATION ? other : own;
            switch (expected) {
                case OK -> assertThat(status).isEqualTo(200);
                case OWN_ONLY -> {
                    assertThat(status).isEqualTo(200);
                    assertThat(body.get("items").valueStream()).allSatisfy(item -> assertThat(item.has("customerOrganizationId")
                            ? item.get("customerOrganizationId").stringValue() : item.get("id").stringValue())
                            .isEqualTo(callersOrganization.toString()));
                    if (operation == Operation.LIST_ORGANIZATIONS) {
                        assertThat(body.get("items")).hasSize(1);
                    }
                }
                case FORBIDDEN -> {
                    assertThat(status).isEqualTo(403);
                    assertThat(body.get("type").stringValue()).isEqualTo("urn:abparts:problem:forbidden");
                    assertThat(body.get("detail").stringValue()).contains("needs the role super_admin");
                }
                case NOT_FOUND -> {
                    assertThat(status).isEqualTo(404);
                    assertThat(body.get("type").stringValue()).isEqualTo("urn:abparts:problem:not-found");
                }
            }
        }
        if (operation.writes() && status >= 400) {
            assertThat(state()).as("a refused write changes nothing").isEqualTo(before);
            assertThat(jdbc.sql("SELECT count(*) FROM machines WHERE serial_number = ?").param(serial).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM organizations WHERE name = ?").param(name).query(Long.class).single()).isZero();
        }
        if (body != null && status >= 400) {
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(body.get("requestId").stringValue()).isEqualTo(result.getResponseHeaders().getFirst("X-Request-Id"));
        }
    }

    private RestTestClient.ResponseSpec send(Operation operation, RestTestClient client, String serial, String name) {
        return switch (operation) {
            case CREATE_ORGANIZATION -> client.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                    .body(json(Map.of("name", name))).exchange();
            case LIST_ORGANIZATIONS -> client.get().uri("/api/v1/organizations").exchange();
            case GET_ORGANIZATION -> client.get().uri("/api/v1/organizations/{id}", own).exchange();
            case PATCH_ORGANIZATION -> client.patch().uri("/api/v1/organizations/{id}", own).contentType(MERGE_PATCH)
                    .body(json(Map.of("name", name))).exchange();
            case DELETE_ORGANIZATION -> client.delete().uri("/api/v1/organizations/{id}", own).exchange();
            case CREATE_MACHINE -> client.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON)
                    .body(json(aMachine(own, serial))).exchange();
            case LIST_MACHINES -> client.get().uri("/api/v1/machines?limit=500").exchange();
            case GET_MACHINE -> client.get().uri("/api/v1/machines/{id}", machine).exchange();
            case REPLACE_MACHINE -> client.put().uri("/api/v1/machines/{id}", machine).contentType(MediaType.APPLICATION_JSON)
                    .body(json(aMachine(own, serial))).exchange();
            case PATCH_MACHINE -> client.patch().uri("/api/v1/machines/{id}", machine).contentType(MERGE_PATCH)
                    .body(json(Map.of("serialNumber", serial))).exchange();
            case DELETE_MACHINE -> client.delete().uri("/api/v1/machines/{id}", machine).exchange();
        };
    }

    /** What a refused write could have changed: the two organizations and their machines, at their versions. */
    private List<Map<String, Object>> state() {
        return jdbc.sql("""
                SELECT 'organization' AS kind, id, name, version FROM organizations WHERE id IN (:own, :other)
                UNION ALL SELECT 'machine', id, serial_number, version FROM machines WHERE customer_organization_id IN (:own, :other)
                ORDER BY kind, id""").param("own", own).param("other", other).query().listOfRows();
    }
}
