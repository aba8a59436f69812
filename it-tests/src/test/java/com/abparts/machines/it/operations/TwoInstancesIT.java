package com.abparts.machines.it.operations;

import static com.abparts.machines.it.support.Api.aMachine;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.MachinesApplication;
import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.Sql;
import com.abparts.machines.testdb.PostgresDatabase;
import com.abparts.machines.testdb.TestPostgres;
import com.abparts.machines.testidentity.TestIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service scales out as replicas on one database: two instances starting at once on an empty
 * database apply the changelog once and both become ready; writers spread over both, each sending
 * If-Match, lose no update.
 */
class TwoInstancesIT {

    private static final int WRITERS = 6;
    private static final int INCREMENTS_EACH = 8;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void shareOneDatabaseSafely() throws Exception {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        // The second starts once the first has set up logging, which is the JVM's one Logback for both (two
        // processes each have their own): set up twice at once, one start can fail to find its environment.
        // Both still migrate at the same time, as the context's refresh, which runs the changelog, comes later.
        CountDownLatch firstLogging = new CountDownLatch(1);
        try (ExecutorService starting = Executors.newFixedThreadPool(2)) {
            List<Future<ConfigurableApplicationContext>> started = starting.invokeAll(List.of(
                    () -> start(database, firstLogging::countDown),
                    () -> {
                        if (!firstLogging.await(2, TimeUnit.MINUTES)) {
                            throw new IllegalStateException("the first instance did not get as far as its application context");
                        }
                        return start(database, () -> { });
                    }));
            for (Future<ConfigurableApplicationContext> instance : started) {
                instances.add(instance.get());
            }
        }
        List<Api> apis = instances.stream().map(instance -> new Api(((WebServerApplicationContext) instance).getWebServer().getPort(),
                instance.getEnvironment().getRequiredProperty("local.management.port", Integer.class))).toList();

        Sql sql = new Sql(database);
        assertThat(sql.value("SELECT count(*) FROM databasechangelog"))
                .isEqualTo(sql.value("SELECT count(DISTINCT (id, author, filename)) FROM databasechangelog"));
        assertThat(sql.value("SELECT count(DISTINCT deployment_id) FROM databasechangelog")).isEqualTo("1");
        apis.forEach(api -> api.http().get().uri("/readyz").exchange().expectStatus().isOk());

        UUID owner = apis.getFirst().createOrganization("Shared " + UUID.randomUUID());
        Map<String, Object> machine = aMachine(owner, "AB-" + UUID.randomUUID());
        machine.put("notes", "0");
        String id = apis.getFirst().createMachine(machine).get("id").stringValue();
        try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
            List<Callable<Void>> increments = IntStream.range(0, WRITERS).<Callable<Void>>mapToObj(i -> () -> {
                increment(apis.get(i % 2), id);
                return null;
            }).toList();
            for (Future<Void> writer : writers.invokeAll(increments)) {
                writer.get();
            }
        }

        assertThat(apis.get(1).get("/api/v1/machines/" + id).get("notes").stringValue()).isEqualTo(String.valueOf(WRITERS * INCREMENTS_EACH));
    }

    private static ConfigurableApplicationContext start(PostgresDatabase database, Runnable loggingSetUp) {
        return new SpringApplicationBuilder(MachinesApplication.class).initializers(new TestIdentity.Initializer())
                .listeners((ApplicationListener<ApplicationContextInitializedEvent>) initialized -> loggingSetUp.run())
                .properties(
                "server.port=0",
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password())
                // An argument, as it must outrank application.yaml's port (the builder's properties would not).
                .run("--management.server.port=0");
    }

    private static void increment(Api api, String id) {
        for (int i = 0; i < INCREMENTS_EACH; i++) {
            api.incrementNotesCounter(id);
        }
    }
}
