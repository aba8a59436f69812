package com.abparts.machines.api.configuration;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service adds to Spring Boot's observations: a span and a timer per use case, and SQL
 * spans named for what they do. Boot observes the HTTP requests, datasource-micrometer each JDBC
 * statement; Micrometer turns every observation into a timer and, when sampled, a span.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    /** Static: a post-processor is made before the beans it wraps, and needs nothing of this class. */
    @Bean
    static UseCaseObservations useCaseObservations(ObjectProvider<ObservationRegistry> registry) {
        return new UseCaseObservations(registry);
    }

    @Bean
    StatementNames statementNames() {
        return new StatementNames();
    }
}
