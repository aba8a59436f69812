package com.abparts.machines.it.api;

import com.abparts.machines.it.support.ApiIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@ApiIntegrationTest
class MachineApiIT {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    private RestTestClient http;

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void servesAMachineInsertedBySql() {
        UUID organization = UUID.randomUUID();
        UUID machine = UUID.randomUUID();
        jdbc.sql("INSERT INTO organizations (id, name) VALUES (?, 'Oraseas EE')").param(organization).update();
        jdbc.sql("""
                INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number, created_at, updated_at)
                VALUES (?, ?, 'V4.0', 'Harbour unit 3', ?, '2025-07-25T14:25:00Z', '2025-07-26T08:00:00Z')""")
                .params(machine, organization, "AB-" + machine)
                .update();

        http.get().uri("/api/v1/machines/{id}", machine).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.id").isEqualTo(machine.toString())
                .jsonPath("$.customerOrganizationId").isEqualTo(organization.toString())
                .jsonPath("$.modelType").isEqualTo("V4.0")
                .jsonPath("$.name").isEqualTo("Harbour unit 3")
                .jsonPath("$.serialNumber").isEqualTo("AB-" + machine)
                .jsonPath("$.createdAt").isEqualTo("2025-07-25T14:25:00Z")
                .jsonPath("$.updatedAt").isEqualTo("2025-07-26T08:00:00Z");
    }

    @Test
    void answersAnUnknownIdWithANotFoundProblem() {
        UUID unknown = UUID.randomUUID();

        http.get().uri("/api/v1/machines/{id}", unknown).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("no machine has the id " + unknown)
                .jsonPath("$.instance").isEqualTo("/api/v1/machines/" + unknown);
    }

    @Test
    void rejectsAnIdThatIsNotAUuidWithABadRequestProblem() {
        http.get().uri("/api/v1/machines/not-a-uuid").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void reportsItselfUp(String probe) {
        http.get().uri(probe).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void servesSwaggerUi() {
        http.get().uri("/swagger-ui/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/v1/machines/{id}'].get").exists();
    }
}
