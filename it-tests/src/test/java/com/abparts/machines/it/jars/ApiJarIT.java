package com.abparts.machines.it.jars;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.deploy.RenderedManifests;
import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiJar;
import com.abparts.machines.it.support.LongTransaction;
import com.abparts.machines.it.support.Migrator;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * api.jar, started as operators start it, with the database given by the standard variables: on a
 * database of the release before, read by a long transaction of that release as the service starts,
 * which it migrates waiting for each lock briefly, again and again, as migrations.jar does.
 */
class ApiJarIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PostgresDatabase database;
    private static ApiJar.Running api;

    /** Once for all its tests, which read what they write under ids of their own. */
    @BeforeAll
    static void startApi() throws Exception {
        database = TestPostgres.server().createDatabase();
        new Migrator(database).updateToTag(Migrator.ADD_SECURITY_SESSION);
        try (LongTransaction reading = LongTransaction.onMachinesUntilAChangeWaited(database, Duration.ofSeconds(1))) {
            api = ApiJar.start(database, Map.of("ABPARTS_MIGRATION_LOCK_WAIT", "50ms", "ABPARTS_MIGRATION_LOCK_WAIT_MAX", "50ms"));
        }
    }

    @AfterAll
    static void stopApi() throws Exception {
        api.close();
    }

    @Test
    void migratedAtStartWaitingBrieflyForEachLockAndTryingAgainUntilItLanded() throws Exception {
        assertThat(Files.readString(api.log())).contains(
                "add-machines-purchase_date: addColumn tableName=machines: attempt 1 did not get its lock within 50 ms",
                "add-machines-purchase_date: addColumn tableName=machines: applied at attempt");
    }

    /** What the Kubernetes manifests of deploy/ ask of a replica answers on it: the probes on the API's port, the scrape on the management port. */
    @Test
    void answersTheProbesAndTheScrapeThatTheProductionManifestsName() throws Exception {
        RenderedManifests production = RenderedManifests.overlay("production");

        assertThat(production.probePaths()).isNotEmpty().allSatisfy(path -> assertThat(HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as(path).isEqualTo(200));
        assertThat(production.scrapePaths()).isNotEmpty().allSatisfy(path -> assertThat(HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.managementPort() + path)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as(path).isEqualTo(200));
    }

    @Test
    void migratesTheDatabaseAndServesAMachineInsertedBySql() throws Exception {
        UUID organization = UUID.randomUUID();
        UUID machine = UUID.randomUUID();
        try (Connection connection = database.connect()) {
            execute(connection, "INSERT INTO organizations (id, name) VALUES (?, 'Oraseas EE')", organization);
            execute(connection, "INSERT INTO machines (id, customer_organization_id, model_type, name, serial_number)"
                    + " VALUES (?, ?, 'V3.1B', 'Pier unit 7', 'AB-2024-0042')", machine, organization);
        }

        HttpResponse<String> response = get(api.port(), "/api/v1/machines/" + machine, Api.superAdminToken());
        HttpResponse<String> withoutToken = get(api.port(), "/api/v1/machines/" + machine, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"" + machine + "\"", "\"modelType\":\"V3.1B\"",
                "\"serialNumber\":\"AB-2024-0042\"");
        assertThat(withoutToken.statusCode()).isEqualTo(401);
    }

    @Test
    void reportsHealthUpWithDetailsOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> health = get(api.managementPort(), "/actuator/health", null);
        HttpResponse<String> ready = get(api.port(), "/readyz", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"schema\"");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void servesItsBillOfMaterialsOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> sbom = get(api.managementPort(), "/actuator/sbom/application", null);
        HttpResponse<String> onTheApiPort = get(api.port(), "/actuator/sbom/application", Api.superAdminToken());

        assertThat(sbom.statusCode()).isEqualTo(200);
        assertThat(sbom.body()).contains("CycloneDX", "pkg:maven/org.postgresql/postgresql@",
                "pkg:maven/org.springframework.boot/spring-boot@");
        assertThat(onTheApiPort.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(int toPort, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + toPort + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
