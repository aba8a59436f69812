package com.abparts.machines.it.api;

import static com.abparts.machines.it.support.Api.aMachine;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Writers that all send If-Match never lose each other's updates: each success is counted exactly once. */
class ConcurrentWritersApiIT extends ApiTest {

    private static final int WRITERS = 8;
    private static final int INCREMENTS_EACH = 10;

    @Test
    void losesNoUpdateWhenManyWritersUseIfMatch() throws Exception {
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

    private static int increment(Api api, String id) {
        int refused = 0;
        for (int i = 0; i < INCREMENTS_EACH; i++) {
            refused += api.incrementNotesCounter(id);
        }
        return refused;
    }
}
