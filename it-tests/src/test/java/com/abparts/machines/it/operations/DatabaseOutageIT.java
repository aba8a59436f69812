package com.abparts.machines.it.operations;

import static com.abparts.machines.it.support.Api.aMachine;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.TcpProxy;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The database goes away under a stream of requests and comes back: meanwhile requests get quick
 * 503s (never a 500, never a hang) and the instance is not ready but alive; afterwards it serves
 * again without a restart.
 */
class DatabaseOutageIT extends ApiTest {

    private static final Duration LONGEST_ANSWER = Duration.ofSeconds(6);
    private static TcpProxy proxy;

    @DynamicPropertySource
    static void databaseBehindAProxy(DynamicPropertyRegistry properties) throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        proxy = new TcpProxy(database.host(), database.port());
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database.name());
        properties.add("spring.datasource.username", database::username);
        properties.add("spring.datasource.password", database::password);
    }

    @AfterAll
    static void closeProxy() {
        proxy.close();
    }

    @Test
    void answersServiceUnavailableDuringAnOutageAndRecoversByItself() throws Exception {
        UUID owner = api.createOrganization("Outage " + UUID.randomUUID());
        String id = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        Instant start = Instant.now();
        Instant end = start.plusSeconds(14);

        try (ExecutorService clients = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                clients.submit(() -> {
                    while (Instant.now().isBefore(end)) {
                        Instant sent = Instant.now();
                        int status = api.http().get().uri("/api/v1/machines/{id}", id).exchange().returnResult().getStatus().value();
                        answers.add(new Answer(Duration.between(start, sent), status, Duration.between(sent, Instant.now())));
                    }
                });
            }
            Thread.sleep(3_000);
            proxy.cut();
            Thread.sleep(1_000);
            assertThat(status(http, "/readyz")).isEqualTo(503);
            assertThat(status(http, "/livez")).isEqualTo(200);
            assertThat(status(api.management(), "/actuator/health/liveness")).isEqualTo(200);
            Thread.sleep(3_000);
            proxy.restore();
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        Map<Integer, Long> counts = answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        System.out.println("[outage] status counts: " + counts);
        assertThat(counts.keySet()).containsOnly(200, 503);
        assertThat(counts.get(503)).isPositive();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.took()).isLessThan(LONGEST_ANSWER));
        List<Answer> afterRecovery = answers.stream().filter(answer -> answer.sentAt().compareTo(Duration.ofSeconds(11)) > 0).toList();
        assertThat(afterRecovery).isNotEmpty().allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(status(http, "/readyz")).isEqualTo(200);
    }

    private static int status(RestTestClient client, String path) {
        return client.get().uri(path).exchange().returnResult().getStatus().value();
    }

    private record Answer(Duration sentAt, int status, Duration took) {}
}
