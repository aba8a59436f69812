package com.abparts.machines.api.configuration;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.SpanProcessors;
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
class ObservabilityConfiguration {

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
     * Boot's span processors, less its batch processor when no exporter is configured: that
     * processor queues every recorded span and converts it for each exporter, work for nobody when
     * there is none. Traces are sampled all the same, so that the answer's traceresponse and the
     * logs report the same decision with or without an exporter.
     */
    @Bean
    SpanProcessors spanProcessors(ObjectProvider<SpanProcessor> processors, ObjectProvider<SpanExporter> exporters) {
        boolean exporting = exporters.stream().findAny().isPresent();
        return SpanProcessors.of(processors.orderedStream().filter(processor -> exporting || !(processor instanceof BatchSpanProcessor)).toList());
    }
}
