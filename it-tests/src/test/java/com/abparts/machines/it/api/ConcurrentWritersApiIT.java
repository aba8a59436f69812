package com.abparts.machines.it.api;

import static com.abparts.machines.it.support.Api.MERGE_PATCH;
import static com.abparts.machines.it.support.Api.aMachine;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiIntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** Writers that all send If-Match never lose each other's updates: each success is counted exactly once. */
@ApiIntegrationTest
class ConcurrentWritersApiIT {

    private static final int WRITERS = 8;
    private static final int INCREMENTS_EACH = 10;

    @LocalServerPort
    private int port;

    @Test
    void losesNoUpdateWhenManyWritersUseIfMatch() throws Exception {
        Api api = new Api(port);
        UUID owner = api.createOrganization("Busy " + UUID.randomUUID());
        var machine = aMachine(owner, "AB-" + UUID.randomUUID());
        machine.put("notes", "0");
        String id = api.createMachine(machine).get("id").stringValue();

        int refused;
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            List<Callable<Integer>> writers = IntStream.range(0, WRITERS).<Callable<Integer>>mapToObj(i -> () -> increment(api, id)).toList();
            refused = 0;
            for (Future<Integer> writer : pool.invokeAll(writers)) {
                refused += writer.get();
            }
        }

        JsonNode result = api.get("/api/v1/machines/" + id);
        assertThat(Integer.parseInt(result.get("notes").stringValue())).isEqualTo(WRITERS * INCREMENTS_EACH);
        assertThat(result.get("version").asLong()).isEqualTo(WRITERS * INCREMENTS_EACH);
        assertThat(refused).as("writers that lost a race were refused, not merged").isPositive();
    }

    /** Adds one to the counter in notes, INCREMENTS_EACH times; returns how often a stale write was refused. */
    private static int increment(Api api, String id) {
        int refused = 0;
        for (int done = 0; done < INCREMENTS_EACH; ) {
            var read = api.http().get().uri("/api/v1/machines/{id}", id).exchange().expectStatus().isOk().expectBody().returnResult();
            String etag = read.getResponseHeaders().getETag();
            int counter = Integer.parseInt(Api.parse(read.getResponseBody()).get("notes").stringValue());
            int status = api.http().patch().uri("/api/v1/machines/{id}", id).contentType(MERGE_PATCH)
                    .header(HttpHeaders.IF_MATCH, etag).body("{\"notes\": \"" + (counter + 1) + "\"}")
                    .exchange().returnResult().getStatus().value();
            if (status == 200) {
                done++;
            } else if (status == 412) {
                refused++;
            } else {
                throw new AssertionError("unexpected status " + status);
            }
        }
        return refused;
    }
}
