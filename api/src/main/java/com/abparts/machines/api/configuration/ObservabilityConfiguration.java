package com.abparts.machines.api.configuration;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.SpanProcessors;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingProperties;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.Transport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service adds to Spring Boot's observations, and what it takes away. Boot times and
 * traces every HTTP request; in a recorded trace (one in ten new ones, or as the caller's
 * traceparent says) the service adds a span per use case ({@link UseCaseSpans}) and one per SQL
 * statement ({@link StatementSpans}). A trace that is not recorded pays for neither: wrapping
 * every connection cost a GET a tenth of its throughput (bench/README.md, "Observability").
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OtlpTracingProperties.class)
class ObservabilityConfiguration {

    /** Where spans go while no endpoint is set: nowhere (OpenTelemetry's own exporter that does nothing). */
    static final SpanExporter NOWHERE = SpanExporter.composite();

    /** Static, as post-processors are: they are made before the beans they wrap, and need nothing of this class. */
    @Bean
    static UseCaseSpans useCaseSpans(ObjectProvider<Tracer> tracer) {
        return new UseCaseSpans(new RecordedTraces(tracer));
    }

    @Bean
    static BeanPostProcessor statementSpans(ObjectProvider<Tracer> tracer) {
        RecordedTraces traces = new RecordedTraces(tracer);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof StatementSpans) ? new StatementSpans(pool, traces) : bean;
            }
        };
    }

    /** Boot's meter handler, in one that Boot's tracing does not wrap: the same timers, without the scope only exemplars need. */
    @Bean
    static BeanPostProcessor metersWithoutExemplars() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DefaultMeterObservationHandler meters ? new MetersWithoutExemplars(meters) : bean;
            }
        };
    }

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

    /**
     * Boot's span processors, less its batch processor when spans go nowhere: that processor queues
     * every recorded span and converts it for each exporter, work for nobody then. Traces are sampled
     * all the same, so that the answer's traceresponse and the logs report the same decision with or
     * without an exporter.
     */
    @Bean
    SpanProcessors spanProcessors(ObjectProvider<SpanProcessor> processors, ObjectProvider<SpanExporter> exporters) {
        boolean exporting = exporters.stream().anyMatch(exporter -> exporter != NOWHERE);
        return SpanProcessors.of(processors.orderedStream().filter(processor -> exporting || !(processor instanceof BatchSpanProcessor)).toList());
    }
}
