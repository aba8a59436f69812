package com.abparts.machines.it.observability;

import static com.abparts.machines.it.support.Api.MERGE_PATCH;
import static com.abparts.machines.it.support.Api.aMachine;
import static com.abparts.machines.it.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.Scrape;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The meters a scraper reads on the management port, and only there. */
class MetricsApiIT extends ApiTest {

    private static final Map<String, String> GET_BY_ID = Map.of("method", "GET", "uri", "/api/v1/machines/{id}", "status", "200");

    @Test
    void countsRequestsByTheRoutesTemplateNeverByTheIdSent() {
        String machine = aMachineId();
        double before = scrape().sum("http_server_requests_seconds_count", GET_BY_ID);

        http.get().uri("/api/v1/machines/{id}", machine).exchange().expectStatus().isOk();

        Scrape after = scrape();
        assertThat(after.sum("http_server_requests_seconds_count", GET_BY_ID)).isEqualTo(before + 1);
        assertThat(after.samples()).noneMatch(sample -> sample.labels().values().stream().anyMatch(value -> value.contains(machine)));
    }

    /**
     * A recorded request is timed once, without long-task timers ("requests in flight") as
     * configured; and no bucket carries the trace as an exemplar, not even in the OpenMetrics
     * format, which has room for one.
     */
    @Test
    void timesARecordedRequestOnceWithNeitherExemplarNorRequestsInFlight() {
        String machine = aMachineId();
        double before = scrape().sum("http_server_requests_seconds_count", GET_BY_ID);
        String trace = UUID.randomUUID().toString().replace("-", "");

        http.get().uri("/api/v1/machines/{id}", machine).header("traceparent", "00-" + trace + "-" + trace.substring(16) + "-01")
                .exchange().expectStatus().isOk().expectHeader().valueMatches("traceresponse", "00-" + trace + "-[0-9a-f]{16}-01");

        String openMetrics = new String(api.management().get().uri("/actuator/prometheus")
                .accept(MediaType.parseMediaType("application/openmetrics-text;version=1.0.0")).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("application/openmetrics-text")
                .expectBody().returnResult().getResponseBody());
        assertThat(openMetrics).contains("http_server_requests_seconds_bucket{").doesNotContain(trace).doesNotContain(" # {");
        Scrape after = scrape();
        assertThat(after.sum("http_server_requests_seconds_count", GET_BY_ID)).isEqualTo(before + 1);
        assertThat(after.samples()).noneMatch(sample -> sample.name().startsWith("http_server_requests_active"));
    }

    @Test
    void showsThePoolTheJvmAndReadinessByReason() {
        http.get().uri("/readyz").exchange().expectStatus().isOk();

        Scrape scrape = scrape();
        assertThat(scrape.of("hikaricp_connections_max", Map.of())).isNotEmpty();
        assertThat(scrape.of("jvm_memory_used_bytes", Map.of())).isNotEmpty();
        for (String reason : new String[] {"changesets_pending", "status_type_missing", "status_labels_differ", "database_unreachable"}) {
            assertThat(scrape.of("abparts_readiness_problem", Map.of("reason", reason))).as(reason)
                    .singleElement().extracting(Scrape.Sample::value).isEqualTo(0.0);
        }
    }

    /** Writes are counted by Spring's own request timer, by method, route and status: no counter of the service's own. */
    @Test
    void countsWritesByMethodRouteAndStatus() {
        UUID owner = api.createOrganization("Owner " + UUID.randomUUID());
        Map<String, String> created = Map.of("method", "POST", "uri", "/api/v1/machines", "status", "201");
        Map<String, String> conflict = Map.of("method", "POST", "uri", "/api/v1/machines", "status", "409");
        Map<String, String> invalid = Map.of("method", "POST", "uri", "/api/v1/machines", "status", "422");
        Map<String, String> stale = Map.of("method", "PATCH", "uri", "/api/v1/machines/{id}", "status", "412");
        Scrape before = scrape();

        String serialNumber = "AB-" + UUID.randomUUID();
        String machine = api.createMachine(aMachine(owner, serialNumber)).get("id").stringValue();
        http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(json(aMachine(owner, serialNumber))).exchange()
                .expectStatus().isEqualTo(409);
        http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body("{\"name\": 7}").exchange()
                .expectStatus().isEqualTo(422);
        http.patch().uri("/api/v1/machines/{id}", machine).contentType(MERGE_PATCH).header(HttpHeaders.IF_MATCH, "\"9\"")
                .body("{\"notes\": \"late\"}").exchange().expectStatus().isEqualTo(412);

        Scrape after = scrape();
        for (Map<String, String> outcome : List.of(created, conflict, invalid, stale)) {
            assertThat(after.sum("http_server_requests_seconds_count", outcome) - before.sum("http_server_requests_seconds_count", outcome))
                    .as("%s", outcome).isEqualTo(1.0);
        }
    }

    @Test
    void areServedOnTheManagementPortOnly() {
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        api.as(null).http().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
    }

    private String aMachineId() {
        UUID owner = api.createOrganization("Owner " + UUID.randomUUID());
        return api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();
    }

    private Scrape scrape() {
        return new Scrape(new String(api.management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody()));
    }
}
