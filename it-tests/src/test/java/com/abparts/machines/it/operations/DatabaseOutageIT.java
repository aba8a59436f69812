package com.abparts.machines.it.operations;

import static com.abparts.machines.it.support.Api.aMachine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionFactory;
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
    /** How long any phase may take: past HikariCP's longest backoff (5 s) and a connection timeout, with room for a busy machine. */
    private static final Duration PHASE_DEADLINE = Duration.ofSeconds(30);
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

    /**
     * Each phase waits for what it needs, up to a deadline, not for a fixed time: a busy machine and
     * HikariCP's backoff while reconnecting make any fixed time too short on one run or too long on
     * every other. Only the last two seconds are fixed: they wait for nothing, they watch.
     */
    @Test
    void answersServiceUnavailableDuringAnOutageAndRecoversByItself() throws Exception {
        UUID owner = api.createOrganization("Outage " + UUID.randomUUID());
        String id = api.createMachine(aMachine(owner, "AB-" + UUID.randomUUID())).get("id").stringValue();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Instant start = Instant.now();
        Instant recovered;

        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        Instant sent = Instant.now();
                        int status = api.http().get().uri("/api/v1/machines/{id}", id).exchange().returnResult().getStatus().value();
                        answers.add(new Answer(sent, status, Duration.between(sent, Instant.now())));
                    }
                });
            }
            phase("the clients are served").until(() -> answers.stream().filter(answer -> answer.status() == 200).count() >= 20);
            proxy.cut();
            Instant cut = Instant.now();
            phase("/readyz answers 503").until(() -> status(http, "/readyz") == 503);
            assertThat(status(http, "/livez")).isEqualTo(200);
            assertThat(status(api.management(), "/actuator/health/liveness")).isEqualTo(200);
            phase("the clients get 503s").until(() -> answers.stream().filter(answer -> answer.sentAt().isAfter(cut))
                    .filter(answer -> answer.status() == 503).count() >= 8);
            proxy.restore();
            Instant restored = Instant.now();
            phase("a client is served again").until(() -> answers.stream()
                    .anyMatch(answer -> answer.sentAt().isAfter(restored) && answer.status() == 200));
            recovered = answers.stream().filter(answer -> answer.sentAt().isAfter(restored) && answer.status() == 200)
                    .map(Answer::sentAt).min(Instant::compareTo).orElseThrow();
            // Not a wait for something: two seconds more of requests, to see that every one is served.
            Thread.sleep(Duration.ofSeconds(2));
        } finally {
            // Also when a phase fails: the clients loop until told to stop, and the test must end, with its failure.
            running.set(false);
            clients.shutdown();
        }
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).as("the clients stopped").isTrue();

        Map<Integer, Long> counts = answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        System.out.println("[outage] status counts: " + counts + ", recovered " + Duration.between(start, recovered) + " after the start");
        assertThat(counts.keySet()).containsOnly(200, 503);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.took()).isLessThan(LONGEST_ANSWER));
        // Requests already waiting for a connection when the first one was served may still time out; those sent later may not.
        List<Answer> afterRecovery = answers.stream().filter(answer -> answer.sentAt().isAfter(recovered.plus(LONGEST_ANSWER.dividedBy(6))))
                .toList();
        assertThat(afterRecovery).isNotEmpty().allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(status(http, "/readyz")).isEqualTo(200);
    }

    /** A wait for one phase of the outage, polled, failing with its description after {@link #PHASE_DEADLINE}. */
    private static ConditionFactory phase(String what) {
        return await(what).atMost(PHASE_DEADLINE).pollInterval(Duration.ofMillis(50));
    }

    private static int status(RestTestClient client, String path) {
        return client.get().uri(path).exchange().returnResult().getStatus().value();
    }

    private record Answer(Instant sentAt, int status, Duration took) {}
}
