package com.abparts.machines.it.support;

import com.abparts.machines.testidentity.TestIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service over real HTTP, as one caller (a super admin unless told otherwise), with shortcuts
 * for arranging data through its own API; and its management port, which needs no token.
 */
public final class Api {

    public static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(50);
    private static String superAdminToken;
    private static Instant superAdminTokenSigned;

    private final int port;
    private final int managementPort;
    private final String token;
    private final RestTestClient http;

    public Api(int port, int managementPort) {
        this(port, managementPort, superAdminToken());
    }

    private Api(int port, int managementPort, String token) {
        this.port = port;
        this.managementPort = managementPort;
        this.token = token;
        RestTestClient.Builder<?> client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port);
        if (token != null) {
            client.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        this.http = client.build();
    }

    /** The same service, called with this token ({@code null}: with none). */
    public Api as(String otherToken) {
        return new Api(port, managementPort, otherToken);
    }

    public RestTestClient http() {
        return http;
    }

    /** The management port: actuator's health with details, info. */
    public RestTestClient management() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
    }

    /**
     * A token of the platform operator's staff, who may do everything: one per JVM, signed again once
     * 50 of its 60 minutes are over. Most tests call as this caller, and while each call signed its
     * own, signing took a seventh of a test JVM's Java time (JFR): RSA's big-number arithmetic runs
     * as plain Java on the JIT's first tier, the only one the test JVMs run (the parent pom's argLine).
     */
    public static synchronized String superAdminToken() {
        Instant now = Instant.now();
        if (superAdminToken == null || now.isAfter(superAdminTokenSigned.plus(TOKEN_REUSE))) {
            superAdminToken = TestIdentity.token("test-operator").roles("super_admin").signed();
            superAdminTokenSigned = now;
        }
        return superAdminToken;
    }

    public static String adminOf(UUID organization) {
        return TestIdentity.token("admin-" + organization).roles("admin").organization(organization).signed();
    }

    public static String userOf(UUID organization) {
        return TestIdentity.token("user-" + organization).roles("user").organization(organization).signed();
    }

    public UUID createOrganization(String name) {
        return UUID.fromString(post("/api/v1/organizations", Map.of("name", name)).get("id").stringValue());
    }

    /** A valid machine body for this owner, to change where a test cares. */
    public static Map<String, Object> aMachine(UUID owner, String serialNumber) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("customerOrganizationId", owner.toString());
        machine.put("modelType", "V4.0");
        machine.put("name", "Harbour unit 3");
        machine.put("serialNumber", serialNumber);
        machine.put("purchaseDate", "2024-01-15T00:00:00Z");
        machine.put("warrantyExpiryDate", "2026-01-15T00:00:00Z");
        machine.put("nextMaintenanceDate", "2025-09-01T08:00:00Z");
        machine.put("location", "Pier 7");
        return machine;
    }

    public JsonNode createMachine(Map<String, Object> machine) {
        return post("/api/v1/machines", machine);
    }

    public JsonNode post(String path, Object body) {
        byte[] response = http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body)).exchange()
                .expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody();
        return JSON.readTree(response);
    }

    public JsonNode get(String path) {
        return JSON.readTree(http.get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    /**
     * Adds one to a counter kept in a machine's notes, as a careful client does: read, then write
     * with If-Match, and on 412 read again. Returns how many of its writes were refused as stale.
     */
    public int incrementNotesCounter(String machineId) {
        for (int refused = 0; ; refused++) {
            var read = http.get().uri("/api/v1/machines/{id}", machineId).exchange().expectStatus().isOk().expectBody().returnResult();
            int counter = Integer.parseInt(parse(read.getResponseBody()).get("notes").stringValue());
            int status = http.patch().uri("/api/v1/machines/{id}", machineId).contentType(MERGE_PATCH)
                    .header(HttpHeaders.IF_MATCH, read.getResponseHeaders().getETag())
                    .body("{\"notes\": \"" + (counter + 1) + "\"}").exchange().returnResult().getStatus().value();
            if (status == 200) {
                return refused;
            }
            if (status != 412) {
                throw new AssertionError("unexpected status " + status);
            }
        }
    }

    public static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    public static JsonNode parse(byte[] body) {
        return JSON.readTree(body);
    }
}
