package com.abparts.machines.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.SwaggerUiPage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Swagger UI as a person uses it, in a real headless Chromium: the operations and the status values
 * are there, and after Authorize with a super admin's token, "Try it out" creates an organization
 * and a machine, lists it, and shows the problem of an invalid machine. Leaves a screenshot in
 * it-tests/target/swagger-ui.png.
 */
class SwaggerUiIT extends ApiTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Test
    void exploresTheApiAsAPersonWould() throws Exception {
        try (SwaggerUiPage swaggerUi = SwaggerUiPage.open(port(), "swagger-ui")) {
            assertThat(swaggerUi.browser().getTitle()).contains("Swagger UI");
            assertThat(swaggerUi.browser().findElement(By.cssSelector(".info .title")).getText()).contains("ABParts Machines API");
            for (String operation : List.of("Organizations-createOrganization", "Organizations-listOrganizations",
                    "Organizations-getOrganization", "Organizations-patchOrganization", "Organizations-deleteOrganization",
                    "Machines-createMachine", "Machines-listMachines", "Machines-getMachine", "Machines-replaceMachine",
                    "Machines-patchMachine", "Machines-deleteMachine")) {
                assertThat(swaggerUi.browser().findElements(By.id("operations-" + operation))).as(operation).hasSize(1);
            }
            WebElement list = swaggerUi.expand("Machines-listMachines");
            assertThat(list.findElements(By.cssSelector("select option")).stream().map(WebElement::getText))
                    .contains("active", "inactive", "maintenance", "decommissioned");
            swaggerUi.execute("Machines-listMachines", null, "401");

            swaggerUi.authorizeWith(Api.superAdminToken());

            String organization = "Swagger " + UUID.randomUUID();
            String created = swaggerUi.execute("Organizations-createOrganization", "{\"name\": \"" + organization + "\"}", "201");
            Matcher organizationId = ID.matcher(created);
            assertThat(organizationId.find()).as(created).isTrue();
            String serial = "AB-UI-" + UUID.randomUUID();
            String machine = swaggerUi.execute("Machines-createMachine", """
                    {"customerOrganizationId": "%s", "modelType": "V4.0", "name": "Harbour unit 3", "serialNumber": "%s", "status": "maintenance"}"""
                    .formatted(organizationId.group(1), serial), "201");
            assertThat(machine).contains(serial, organization);
            assertThat(swaggerUi.execute("Machines-listMachines", null, "200")).contains(serial);
            String problem = swaggerUi.execute("Machines-createMachine", """
                    {"customerOrganizationId": "%s", "modelType": "V4.0-TOO-LONG", "name": "", "serialNumber": "X", "status": "ACTIVE"}"""
                    .formatted(organizationId.group(1)), "422");
            assertThat(problem).contains("modelType", "name", "status", "allowedValues", "must be at most 10 characters");

            // The screenshot shows the listing with the new machine in it.
            swaggerUi.showResponseOf("Machines-listMachines");
        }
    }
}
