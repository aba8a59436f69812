package com.abparts.machines.it.operations;

import static com.abparts.machines.it.support.Migrator.ADD_SECURITY_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.it.support.Scrape;
import com.abparts.machines.it.support.Sql;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * With migration at start turned off, as in production, the service starts and lives on a schema
 * it cannot serve, but is ready only while the schema matches the code, and says why not.
 */
@TestPropertySource(properties = "spring.liquibase.enabled=false")
class SchemaReadinessIT extends ApiTest {

    private static final PostgresDatabase DATABASE = TestPostgres.server().createDatabase();

    @DynamicPropertySource
    static void databaseAtAddSecuritySession(DynamicPropertyRegistry properties) throws Exception {
        new Migrator(DATABASE).updateToTag(ADD_SECURITY_SESSION);
        properties.add("spring.datasource.url", DATABASE::jdbcUrl);
        properties.add("spring.datasource.username", DATABASE::username);
        properties.add("spring.datasource.password", DATABASE::password);
    }

    @Test
    void isReadyOnlyWhileTheSchemaMatchesTheCode() throws Exception {
        RestTestClient management = api.management();

        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.get().uri("/readyz").exchange().expectStatus().isEqualTo(503);
        management.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.status").isEqualTo("DOWN")
                .jsonPath("$.components.schema.details.reasons[0]").value(reason ->
                        assertThat(reason.toString()).contains("not applied", "create-machinestatus-type"));
        management.get().uri("/actuator/info").exchange().expectBody().jsonPath("$.migration.tag").isEqualTo(ADD_SECURITY_SESSION);
        // Before the migration the type is missing too.
        assertThat(readinessProblems()).containsEntry("changesets_pending", 1.0).containsEntry("status_type_missing", 1.0)
                .containsEntry("status_labels_differ", 0.0).containsEntry("database_unreachable", 0.0);

        new Migrator(DATABASE).update();

        http.get().uri("/readyz").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/info").exchange().expectBody().jsonPath("$.migration.pendingChangeSets").isEqualTo(0);
        assertThat(readinessProblems()).containsOnly(Map.entry("changesets_pending", 0.0), Map.entry("status_type_missing", 0.0),
                Map.entry("status_labels_differ", 0.0), Map.entry("database_unreachable", 0.0));

        new Sql(DATABASE).execute("ALTER TYPE machinestatus ADD VALUE 'retired'");

        http.get().uri("/readyz").exchange().expectStatus().isEqualTo(503);
        management.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.components.schema.details.reasons[0]").value(reason ->
                        assertThat(reason.toString()).contains("MachineStatus lacks 'retired'"));
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        assertThat(readinessProblems()).containsEntry("status_labels_differ", 1.0).containsEntry("changesets_pending", 0.0);
    }

    /** {@code abparts_readiness_problem} by reason, as of the last readiness check. */
    private Map<String, Double> readinessProblems() {
        Scrape scrape = new Scrape(new String(api.management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody()));
        return scrape.of("abparts_readiness_problem", Map.of()).stream()
                .collect(Collectors.toMap(sample -> sample.labels().get("reason"), Scrape.Sample::value));
    }
}
