package com.abparts.machines.api.configuration;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Readiness follows the schema: the service is ready only while the database is reachable and its
 * schema is what the code expects (see {@link SchemaCheck}), so that a load balancer never sends
 * traffic to an instance that would fail on a missing column or an unknown status. Liveness does
 * not depend on it: a restart cannot fix a schema. {@code /actuator/info} names the migration tag.
 */
@Configuration(proxyBeanMethods = false)
class SchemaHealthConfiguration {

    @Bean
    SchemaCheck schemaCheck(JdbcClient jdbcClient, Environment environment) {
        return new SchemaCheck(jdbcClient, environment.getRequiredProperty("spring.liquibase.change-log"));
    }

    /** The context is not up until the changelog has been read (see {@link SchemaCheck}). */
    @Bean
    SmartInitializingSingleton changelogRead(SchemaCheck schema) {
        return schema::awaitChangelog;
    }

    /** The "schema" health component, part of the readiness group. */
    @Bean
    HealthIndicator schemaHealthIndicator(SchemaCheck schema) {
        return () -> {
            try {
                List<String> problems = schema.problems();
                if (problems.isEmpty()) {
                    return Health.up().withDetail("migrationTag", schema.currentTag().orElse("none")).build();
                }
                return Health.down().withDetail("reasons", problems).build();
            } catch (DataAccessException unreachable) {
                return Health.down().withDetail("reasons", List.of("the database cannot be reached: " + unreachable.getMostSpecificCause().getMessage())).build();
            }
        };
    }

    @Bean
    InfoContributor migrationInfo(SchemaCheck schema) {
        return info -> {
            try {
                info.withDetail("migration", Map.of(
                        "tag", schema.currentTag().orElse("none"),
                        "pendingChangeSets", schema.pendingChangeSets().size()));
            } catch (DataAccessException unreachable) {
                info.withDetail("migration", Map.of("error", "the database cannot be reached"));
            }
        };
    }
}
