package com.abparts.machines.api.observability;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingProperties;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.Transport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the service's spans go. Spring Boot times and traces every HTTP request, one span each,
 * named for its route (and so for the use case it calls); a trace is recorded for one in ten new
 * requests, or as the caller's traceparent says. No span per SQL statement: the maintained JDBC
 * instrumentation that makes them (datasource-micrometer) wraps every connection and statement,
 * which cost a tenth of GET throughput (bench/README.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OtlpTracingProperties.class)
class ObservabilityConfiguration {

    /** Where spans go while no endpoint is set: nowhere (OpenTelemetry's own exporter that does nothing). */
    static final SpanExporter NOWHERE = SpanExporter.composite();

    /**
     * Spans leave the process over OTLP/HTTP to {@code management.opentelemetry.tracing.export.otlp.endpoint}
     * (with Boot's timeout, compression and headers settings), read as the service starts, and go
     * nowhere while it is unset or blank. This replaces Spring Boot's own exporter (excluded in
     * application.yaml): that one exists only if the endpoint was set when the bean definitions were
     * made, which, with Spring's build-time bean definitions (-Dspring.aot.enabled, the production way),
     * is when the jar was built, where no endpoint is. This bean always exists and decides at start.
     */
    @Bean
    SpanExporter otlpSpanExporter(OtlpTracingProperties otlp) {
        String endpoint = otlp.getEndpoint();
        if (endpoint == null || endpoint.isBlank()) {
            return NOWHERE;
        }
        if (otlp.getTransport() != Transport.HTTP) {
            throw new IllegalStateException("management.opentelemetry.tracing.export.otlp.transport is " + otlp.getTransport()
                    + ": this service sends spans over OTLP/HTTP only (e.g. http://collector:4318/v1/traces)");
        }
        OtlpHttpSpanExporterBuilder exporter = OtlpHttpSpanExporter.builder().setEndpoint(endpoint)
                .setTimeout(otlp.getTimeout()).setConnectTimeout(otlp.getConnectTimeout())
                .setCompression(otlp.getCompression().name().toLowerCase(Locale.ROOT));
        otlp.getHeaders().forEach(exporter::addHeader);
        return exporter.build();
    }
}
