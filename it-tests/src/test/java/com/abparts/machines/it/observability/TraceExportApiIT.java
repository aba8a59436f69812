package com.abparts.machines.it.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With an OTLP endpoint set, the spans of a sampled request are sent there, as OTLP/HTTP protobuf. */
class TraceExportApiIT extends ApiTest {

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpServer COLLECTOR = collector();

    @DynamicPropertySource
    static void exportToTheCollector(DynamicPropertyRegistry properties) {
        properties.add("management.opentelemetry.tracing.export.otlp.endpoint",
                () -> "http://127.0.0.1:" + COLLECTOR.getAddress().getPort() + "/v1/traces");
    }

    @Autowired
    private SdkTracerProvider tracerProvider;

    @AfterAll
    static void stopCollector() {
        COLLECTOR.stop(0);
    }

    @Test
    void sendsTheSpansOfASampledRequestToTheEndpoint() {
        String trace = UUID.randomUUID().toString().replace("-", "");

        http.get().uri("/api/v1/machines/{id}", UUID.randomUUID()).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isNotFound();
        assertThat(tracerProvider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();

        // OTLP's protobuf carries the trace id as its 16 raw bytes.
        byte[] traceId = HexFormat.of().parseHex(trace);
        assertThat(RECEIVED).filteredOn(request -> indexOf(request.body(), traceId) >= 0).isNotEmpty()
                .allSatisfy(request -> {
                    assertThat(request.path()).isEqualTo("/v1/traces");
                    assertThat(request.contentType()).isEqualTo("application/x-protobuf");
                });
    }

    private static HttpServer collector() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                RECEIVED.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestBody().readAllBytes()));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private record Received(String path, String contentType, byte[] body) {
    }
}
