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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
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
        try (ExecutorService starting = Executors.newFixedThreadPool(2)) {
            List<Future<ConfigurableApplicationContext>> started = starting.invokeAll(List.of(() -> start(database), () -> start(database)));
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

    private static ConfigurableApplicationContext start(PostgresDatabase database) {
        return new SpringApplicationBuilder(MachinesApplication.class).initializers(new TestIdentity.Initializer()).properties(
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
