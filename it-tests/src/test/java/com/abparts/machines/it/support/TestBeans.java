package com.abparts.machines.it.support;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the tests {@link WithTestBeans} add to the service: the spans also kept in memory
 * (TracingApiIT), the statements sent noted (StatementsPerRequestApiIT, {@link StatementLog}), and
 * two endpoints under {@code /test/} that no test of the API calls, one failing as a bug would
 * (UnexpectedFailureApiIT) and one whose SQL PostgreSQL refuses (HostileInputApiIT).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({StatementLog.Configuration.class, TestBeans.FailingEndpoint.class, TestBeans.DataExceptionEndpoint.class})
public class TestBeans {

    @Bean
    InMemorySpanExporter capturedSpans() {
        return InMemorySpanExporter.create();
    }

    /** A bug: an exception no handler expects, whose message must not reach the caller. */
    @RestController
    static class FailingEndpoint {

        @GetMapping("/test/bug")
        String fail() {
            throw new IllegalStateException("secret-internal-detail");
        }
    }

    /** Runs a client's text through a cast in PostgreSQL, as no endpoint of the API does: a data exception on purpose. */
    @RestController
    static class DataExceptionEndpoint {

        private final JdbcClient jdbc;

        DataExceptionEndpoint(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/test/cast")
        Integer cast(@RequestParam String text) {
            return jdbc.sql("SELECT CAST(:text AS integer)").param("text", text).query(Integer.class).single();
        }
    }
}
