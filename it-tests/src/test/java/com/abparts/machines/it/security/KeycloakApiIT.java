package com.abparts.machines.it.security;

import static com.abparts.machines.it.support.Api.MERGE_PATCH;
import static com.abparts.machines.it.support.Api.aMachine;
import static com.abparts.machines.it.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.web.support.DemoIds;
import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.KeycloakTest;
import com.abparts.machines.it.support.TestKeycloak;
import com.abparts.machines.testidentity.TestIdentity;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The key rows of the access matrix with tokens from a real Keycloak, for the demo users of the
 * realm file that docker-compose imports: the roles and organization its mappers put into the
 * tokens make the same callers as anywhere else.
 */
@Order(KeycloakTest.LAST)
class KeycloakApiIT extends KeycloakTest {

    @Test
    void letsTheSuperAdminSeeEveryOrganizationAndRegisterOne() throws Exception {
        Api operator = as("oraseas-operator");

        assertThat(operator.get("/api/v1/organizations?limit=500").toString()).contains(DemoIds.NORDFJORD_AQUA, DemoIds.BALTIC_NETS);
        operator.post("/api/v1/organizations", Map.of("name", "Registered through Keycloak " + UUID.randomUUID()));
    }

    @Test
    void showsAnAdminTheirOrganizationsMachinesOnlyAndLetsThemChangeNone() throws Exception {
        Api admin = as("nordfjord-admin");

        JsonNode page = admin.get("/api/v1/machines");
        assertThat(page.toString()).contains(NORDFJORD_SERIAL).doesNotContain(BALTIC_SERIAL);
        admin.http().get().uri("/api/v1/machines/{id}", BALTIC_MACHINE).exchange().expectStatus().isNotFound();
        admin.http().patch().uri("/api/v1/machines/{id}", DemoIds.NORDFJORD_HARBOUR_UNIT).contentType(MERGE_PATCH)
                .body("{\"notes\": \"taken over\"}").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").isEqualTo("Changing machines needs the role super_admin.");
    }

    @Test
    void refusesARegistrationByAUser() throws Exception {
        as("nordfjord-user").http().post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON)
                .body(json(aMachine(UUID.fromString(DemoIds.NORDFJORD_AQUA), "AB-" + UUID.randomUUID()))).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:abparts:problem:forbidden");
    }

    @Test
    void offersKeycloaksLoginInTheOpenApiDocument() throws Exception {
        JsonNode document = as("nordfjord-user").as(null).get("/v3/api-docs");
        JsonNode flow = document.get("components").get("securitySchemes").get("login").get("flows").get("authorizationCode");

        assertThat(flow.get("authorizationUrl").stringValue()).isEqualTo(TestKeycloak.instance().authorizationUri());
        assertThat(flow.get("tokenUrl").stringValue()).isEqualTo(TestKeycloak.instance().tokenUri());
        assertThat(document.get("paths").get("/api/v1/machines").get("get").get("security").toString())
                .isEqualTo("[{\"bearer\":[]},{\"login\":[\"openid\"]}]");
    }

    @Test
    void refusesAnAlteredKeycloakTokenAndOneOfAnotherIssuer() throws Exception {
        String token = TestKeycloak.instance().accessToken("oraseas-operator");
        String altered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        Api anyone = as("nordfjord-user");

        for (String refused : new String[] {altered, TestIdentity.token("oraseas-operator").roles("super_admin").signed()}) {
            anyone.as(refused).http().get().uri("/api/v1/organizations").exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
        }
        anyone.as(null).http().get().uri("/api/v1/organizations").exchange()
                .expectStatus().isUnauthorized().expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
