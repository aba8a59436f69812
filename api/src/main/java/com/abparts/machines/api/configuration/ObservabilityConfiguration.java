package com.abparts.machines.api.configuration;

import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * What the service adds to Spring Boot's observations. Boot times and traces every HTTP request;
 * in a recorded trace (one in ten new ones, or as the caller's traceparent says) the service adds
 * a span per use case ({@link UseCaseSpans}) and one per SQL statement ({@link StatementSpans}). A
 * trace that is not recorded pays for neither: wrapping every connection cost a GET a tenth of its
 * throughput (bench/README.md, "Observability").
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    /** Static, as post-processors are: they are made before the beans they wrap, and need nothing of this class. */
    @Bean
    static UseCaseSpans useCaseSpans(ObjectProvider<Tracer> tracer) {
        return new UseCaseSpans(tracer);
    }

    @Bean
    static BeanPostProcessor statementSpans(ObjectProvider<Tracer> tracer) {
        Supplier<Tracer> tracing = SingletonSupplier.of(() -> tracer.getIfAvailable(() -> Tracer.NOOP));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof StatementSpans) ? new StatementSpans(pool, tracing) : bean;
            }
        };
    }
}
