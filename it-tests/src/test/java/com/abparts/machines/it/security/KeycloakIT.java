package com.abparts.machines.it.security;

import static com.abparts.machines.it.support.Api.MERGE_PATCH;
import static com.abparts.machines.it.support.Api.aMachine;
import static com.abparts.machines.it.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.MachinesApplication;
import com.abparts.machines.api.dev.DemoData;
import com.abparts.machines.api.web.support.DemoIds;
import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.SmallPools;
import com.abparts.machines.it.support.SwaggerUiPage;
import com.abparts.machines.it.support.TestKeycloak;
import com.abparts.machines.testdb.TestDatabaseConfiguration;
import com.abparts.machines.testidentity.TestIdentity;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service trusting a real Keycloak ({@link TestKeycloak}) as it does in docker-compose, over the
 * demo data of docker compose, whose organizations the realm's users belong to, with Swagger UI's
 * login offered on the port the realm's Swagger UI client redirects to.
 *
 * <p>Every test that needs Keycloak is in this one class: the integration tests run in two JVMs
 * (it-tests/pom.xml), each class whole in one of them, so one Keycloak serves them all. Its start
 * is the longest of the suite's.
 */
@SpringBootTest(classes = MachinesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {SmallPools.MAXIMUM, SmallPools.MINIMUM_IDLE, SmallPools.IDLE_TIMEOUT})
@Import(TestDatabaseConfiguration.class)
class KeycloakIT {

    /** Demo machines (compose/demo-data.sql): one of Nordfjord Aqua, whose staff are among the demo users, and one of Baltic Nets. */
    private static final String NORDFJORD_SERIAL = "NA-2023-0001";
    private static final String BALTIC_SERIAL = "BN-2024-0001";
    private static final String BALTIC_MACHINE = "0a5e0000-0000-4000-8000-000000000201";

    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void trustTheRealm(DynamicPropertyRegistry properties) {
        TestKeycloak keycloak = TestKeycloak.instance();
        properties.add("server.port", keycloak::swaggerUiPort);
        properties.add("management.server.port", () -> 0);
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak::issuer);
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "abparts-machines");
        properties.add("abparts.security.swagger-ui.authorization-uri", keycloak::authorizationUri);
        properties.add("abparts.security.swagger-ui.token-uri", keycloak::tokenUri);
    }

    @BeforeEach
    void theDemoOrganizationsAndMachines() {
        DemoData.applyTo(dataSource);
    }

    /** The service as one of the realm's demo users, by a token Keycloak gave it. */
    private static Api as(String username) throws Exception {
        return new Api(TestKeycloak.instance().swaggerUiPort(), -1).as(TestKeycloak.instance().accessToken(username));
    }

    /**
     * The key rows of the access matrix with tokens from Keycloak, for the demo users of the realm
     * file that docker-compose imports: the roles and organization its mappers put into the tokens
     * make the same callers as anywhere else.
     */
    @Nested
    class TokensOfTheRealm {

        @Test
        void letTheSuperAdminSeeEveryOrganizationAndRegisterOne() throws Exception {
            Api operator = as("oraseas-operator");

            assertThat(operator.get("/api/v1/organizations?limit=500").toString()).contains(DemoIds.NORDFJORD_AQUA, DemoIds.BALTIC_NETS);
            operator.post("/api/v1/organizations", Map.of("name", "Registered through Keycloak " + UUID.randomUUID()));
        }

        @Test
        void showAnAdminTheirOrganizationsMachinesOnlyAndLetThemChangeNone() throws Exception {
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
        void refuseARegistrationByAUser() throws Exception {
            as("nordfjord-user").http().post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON)
                    .body(json(aMachine(UUID.fromString(DemoIds.NORDFJORD_AQUA), "AB-" + UUID.randomUUID()))).exchange()
                    .expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("urn:abparts:problem:forbidden");
        }

        @Test
        void areRefusedAlteredAsAreThoseOfAnotherIssuer() throws Exception {
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

    /** Swagger UI offers Keycloak's login, and its Authorize logs in through it. */
    @Nested
    class SwaggerUiLogin {

        @Test
        void isOfferedInTheOpenApiDocument() throws Exception {
            JsonNode document = as("nordfjord-user").as(null).get("/v3/api-docs");
            JsonNode flow = document.get("components").get("securitySchemes").get("login").get("flows").get("authorizationCode");

            assertThat(flow.get("authorizationUrl").stringValue()).isEqualTo(TestKeycloak.instance().authorizationUri());
            assertThat(flow.get("tokenUrl").stringValue()).isEqualTo(TestKeycloak.instance().tokenUri());
            assertThat(document.get("paths").get("/api/v1/machines").get("get").get("security").toString())
                    .isEqualTo("[{\"bearer\":[]},{\"login\":[\"openid\"]}]");
        }

        /**
         * Through Keycloak's login form, back to Swagger UI, and "Try it out" lists the machines of the
         * user's organization, and no others. Leaves a screenshot in it-tests/target/swagger-ui-login.png.
         */
        @Test
        void logsInThroughKeycloakAndListsOnlyTheUsersOrganizationsMachines() throws Exception {
            try (SwaggerUiPage swaggerUi = SwaggerUiPage.open(TestKeycloak.instance().swaggerUiPort(), "swagger-ui-login")) {
                swaggerUi.logInAtTheIdentityProvider("nordfjord-user", TestKeycloak.instance().demoPassword());

                String machines = swaggerUi.execute("Machines-listMachines", null, "200");

                assertThat(machines).contains(NORDFJORD_SERIAL).doesNotContain(BALTIC_SERIAL);
            }
        }
    }
}
