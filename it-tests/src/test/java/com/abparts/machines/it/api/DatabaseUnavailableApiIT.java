package com.abparts.machines.it.api;

import com.abparts.machines.it.support.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** With no database to reach, requests get a 503 problem telling when to retry, quickly, not a 500 or a hang. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:9/unreachable",
        "spring.datasource.username=nobody",
        "spring.liquibase.enabled=false",
        "spring.datasource.hikari.connection-timeout=1000"})
class DatabaseUnavailableApiIT extends ApiTest {

    @Test
    void answersServiceUnavailableWithRetryAfter() {
        http.get().uri("/api/v1/machines/{id}", UUID.randomUUID()).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:abparts:problem:database-unavailable");
    }
}
