package com.abparts.machines.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.web.support.DemoIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm file that docker compose and the tests import, and the demo data beside it: the demo
 * users belong to the demo organizations, whose ids the OpenAPI examples use; Swagger UI's client
 * logs in with PKCE and nothing else; no password ships with the files.
 */
class DemoIdentityFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("abparts.project-root", "..")).toAbsolutePath().normalize();
    private static final JsonNode REALM = realm();

    @Test
    void putsTheDemoUsersIntoTheDemoOrganizationsWithOneRoleEach() {
        Map<String, String> users = StreamSupport.stream(REALM.get("users").spliterator(), false).collect(Collectors.toMap(
                user -> user.get("username").stringValue(),
                user -> user.get("realmRoles").toString() + " " + user.get("attributes").get("org_id").get(0).stringValue()));

        assertThat(users).containsOnly(
                Map.entry("oraseas-operator", "[\"super_admin\"] ${ABPARTS_ORASEAS_EE_ID:" + DemoIds.ORASEAS_EE + "}"),
                Map.entry("nordfjord-admin", "[\"admin\"] ${ABPARTS_NORDFJORD_AQUA_ID:" + DemoIds.NORDFJORD_AQUA + "}"),
                Map.entry("nordfjord-user", "[\"user\"] ${ABPARTS_NORDFJORD_AQUA_ID:" + DemoIds.NORDFJORD_AQUA + "}"));
        REALM.get("users").forEach(user -> assertThat(user.get("credentials").get(0).get("value").stringValue())
                .as("the demo password comes from the environment, with no default").isEqualTo("${ABPARTS_DEMO_PASSWORD}"));
    }

    @Test
    void letsSwaggerUiLogInWithPkceOnlyAndTheCommandLineByPassword() {
        JsonNode swaggerUi = client("abparts-swagger-ui");
        JsonNode cli = client("abparts-dev-cli");

        assertThat(swaggerUi.get("publicClient").asBoolean()).isTrue();
        assertThat(swaggerUi.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(swaggerUi.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(swaggerUi.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(swaggerUi.get("attributes").get("pkce.code.challenge.method").stringValue()).isEqualTo("S256");
        assertThat(cli.get("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(cli.get("name").stringValue()).startsWith("ABParts Machines: DEVELOPMENT ONLY");
        assertThat(cli.get("description").stringValue()).contains("Delete it from any realm that holds real accounts");
        assertThat(cli.get("directAccessGrantsEnabled").asBoolean()).isTrue();
        for (JsonNode client : new JsonNode[] {swaggerUi, cli}) {
            assertThat(client.get("protocolMappers").toString()).contains("\"claim.name\":\"roles\"", "\"claim.name\":\"org_id\"",
                    "\"included.custom.audience\":\"abparts-machines\"");
        }
    }

    @Test
    void locksOutGuessersAndAsksForLongPasswordsIfCopied() {
        assertThat(REALM.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(REALM.get("permanentLockout").asBoolean()).as("a temporary lockout, so that guessing cannot lock a user out for good").isFalse();
        assertThat(REALM.get("failureFactor").asInt()).isBetween(3, 10);
        assertThat(REALM.get("passwordPolicy").stringValue()).contains("length(12)", "notUsername", "notEmail");
    }

    @Test
    void holdsDemoDataOfTheDemoOrganizations() throws IOException {
        String sql = Files.readString(ROOT.resolve("compose/demo-data.sql"));

        assertThat(sql).contains(DemoIds.ORASEAS_EE, DemoIds.NORDFJORD_AQUA, DemoIds.BALTIC_NETS, DemoIds.NORDFJORD_HARBOUR_UNIT);
    }

    private static JsonNode client(String clientId) {
        return StreamSupport.stream(REALM.get("clients").spliterator(), false)
                .filter(client -> client.get("clientId").stringValue().equals(clientId)).findFirst().orElseThrow();
    }

    private static JsonNode realm() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(ROOT.resolve("compose/abparts-realm.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
