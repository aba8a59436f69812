package com.abparts.machines.it.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.OtlpReceiver;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With an OTLP endpoint set, the spans of a sampled request are sent there, as OTLP/HTTP protobuf. */
class TraceExportApiIT extends ApiTest {

    private static final OtlpReceiver COLLECTOR = new OtlpReceiver();

    @DynamicPropertySource
    static void exportToTheCollector(DynamicPropertyRegistry properties) {
        properties.add("management.opentelemetry.tracing.export.otlp.endpoint", COLLECTOR::tracesEndpoint);
    }

    @Autowired
    private SdkTracerProvider tracerProvider;

    @AfterAll
    static void stopCollector() {
        COLLECTOR.close();
    }

    @Test
    void sendsTheSpansOfASampledRequestToTheEndpoint() {
        String trace = UUID.randomUUID().toString().replace("-", "");

        http.get().uri("/api/v1/machines/{id}", UUID.randomUUID()).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isNotFound();
        assertThat(tracerProvider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();

        assertThat(COLLECTOR.requestsOf(trace)).isNotEmpty()
                .allSatisfy(request -> {
                    assertThat(request.path()).isEqualTo("/v1/traces");
                    assertThat(request.contentType()).isEqualTo("application/x-protobuf");
                });
    }
}
