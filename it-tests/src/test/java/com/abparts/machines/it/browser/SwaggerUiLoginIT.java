package com.abparts.machines.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.KeycloakTest;
import com.abparts.machines.it.support.SwaggerUiPage;
import com.abparts.machines.it.support.TestKeycloak;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI's Authorize logs in through Keycloak: its login form, back to Swagger UI, and "Try it
 * out" lists the machines of the user's organization, and no others. Leaves a screenshot in
 * it-tests/target/swagger-ui-login.png.
 */
@Order(KeycloakTest.LAST)
class SwaggerUiLoginIT extends KeycloakTest {

    @Test
    void logsInThroughKeycloakAndListsOnlyTheUsersOrganizationsMachines() throws Exception {
        try (SwaggerUiPage swaggerUi = SwaggerUiPage.open(TestKeycloak.instance().swaggerUiPort(), "swagger-ui-login")) {
            swaggerUi.logInAtTheIdentityProvider("nordfjord-user", TestKeycloak.instance().demoPassword());

            String machines = swaggerUi.execute("Machines-listMachines", null, "200");

            assertThat(machines).contains(NORDFJORD_SERIAL).doesNotContain(BALTIC_SERIAL);
        }
    }
}
