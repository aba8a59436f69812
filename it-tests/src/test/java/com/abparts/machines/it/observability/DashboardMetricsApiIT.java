package com.abparts.machines.it.observability;

import static com.abparts.machines.it.support.Api.aMachine;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.Scrape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard of the compose observability profile asks only for metrics the service
 * has: every metric name in its queries is in a scrape of the running service's management port.
 */
class DashboardMetricsApiIT extends ApiTest {

    private static final Path DASHBOARD = Path.of(System.getProperty("abparts.project-root", "..")).toAbsolutePath().normalize()
            .resolve("deploy/components/monitoring/dashboards/abparts-machines.json");
    /** Series Prometheus makes itself, for each target it scrapes. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern SELECTORS = Pattern.compile("\\{[^}]*}|\\[[^]]*]");
    private static final Pattern GROUPINGS = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void everyMetricTheDashboardQueriesIsScrapedFromTheService() throws IOException {
        UUID owner = api.createOrganization("Owner " + UUID.randomUUID());
        String machine = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();
        http.get().uri("/api/v1/machines/{id}", machine).exchange().expectStatus().isOk();
        http.get().uri("/readyz").exchange().expectStatus().isOk();

        Set<String> queried = metricsQueriedBy(JsonMapper.builder().build().readTree(Files.readString(DASHBOARD)));
        Set<String> scraped = new Scrape(new String(api.management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody()))
                .samples().stream().map(Scrape.Sample::name).collect(Collectors.toSet());

        assertThat(queried).as("the dashboard's metrics").contains("http_server_requests_seconds_bucket", "hikaricp_connections_active",
                "abparts_readiness_problem");
        queried.removeAll(PROMETHEUS_OWN);
        assertThat(scraped).containsAll(queried);
    }

    @Test
    void readsMetricNamesAsPromQlHasThem() {
        assertThat(metricsIn("histogram_quantile(0.99, sum by (le, uri) (rate(a_bucket{uri=~\"/api/.*\", x=\"by (y)\"}[$__rate_interval])))"
                + " / sum without (pod) (b_total) + on (job) group_left (c) max(c_value[5m])"))
                .containsExactlyInAnyOrder("a_bucket", "b_total", "c_value");
    }

    private static Set<String> metricsQueriedBy(JsonNode dashboard) {
        Set<String> metrics = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                metrics.addAll(metricsIn(target.path("expr").asString()));
            }
        }
        assertThat(metrics).as("queries in %s", DASHBOARD).isNotEmpty();
        return metrics;
    }

    /** The metric names of one PromQL expression: its identifiers that are neither functions, aggregations nor label names. */
    static Set<String> metricsIn(String expression) {
        String bare = GROUPINGS.matcher(SELECTORS.matcher(STRINGS.matcher(expression).replaceAll("")).replaceAll(""))
                .replaceAll(" ");
        Set<String> metrics = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String rest = bare.substring(identifier.end()).stripLeading();
            if (!rest.startsWith("(") && !Set.of("and", "or", "unless", "offset", "bool").contains(identifier.group())) {
                metrics.add(identifier.group());
            }
        }
        return metrics;
    }
}
