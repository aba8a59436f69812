package com.abparts.machines.it.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** An empty OTLP endpoint, as compose passes an unset variable on, starts the service with traces kept in, not a failed start. */
@TestPropertySource(properties = "management.opentelemetry.tracing.export.otlp.endpoint=")
class EmptyTraceEndpointApiIT extends ApiTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void exportsNothingAndStillTracesEachRequest() {
        assertThat(context.getBeansOfType(SpanExporter.class)).containsOnlyKeys("otlpSpanExporter");
        assertThat(context.getBean(SpanExporter.class)).as("OpenTelemetry's exporter that does nothing").isSameAs(SpanExporter.composite());

        http.get().uri("/api/v1/machines/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound()
                .expectHeader().valueMatches("traceresponse", "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }
}
