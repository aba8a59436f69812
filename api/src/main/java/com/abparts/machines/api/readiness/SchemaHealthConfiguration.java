package com.abparts.machines.api.readiness;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The "schema" health component, part of the readiness group. Each check also sets the gauge
     * {@code abparts.readiness.problem}, one per {@link SchemaCheck.Reason} ({@code reason} tag):
     * 1 while that reason keeps the service from being ready, as of the last check, else 0.
     */
    @Bean
    HealthIndicator schemaHealthIndicator(SchemaCheck schema, MeterRegistry meters) {
        Set<SchemaCheck.Reason> current = ConcurrentHashMap.newKeySet();
        for (SchemaCheck.Reason reason : SchemaCheck.Reason.values()) {
            Gauge.builder("abparts.readiness.problem", current, reasons -> reasons.contains(reason) ? 1 : 0)
                    .description("1 while this reason keeps the service from being ready, as of the last readiness check")
                    .tag("reason", reason.tag())
                    .register(meters);
        }
        return () -> {
            List<SchemaCheck.Problem> problems;
            String tag = "none";
            try {
                problems = schema.problems();
                if (problems.isEmpty()) {
                    tag = schema.currentTag().orElse(tag);
                }
            } catch (DataAccessException unreachable) {
                problems = List.of(new SchemaCheck.Problem(SchemaCheck.Reason.DATABASE_UNREACHABLE,
                        "the database cannot be reached: " + unreachable.getMostSpecificCause().getMessage()));
            }
            current.retainAll(problems.stream().map(SchemaCheck.Problem::reason).toList());
            problems.forEach(problem -> current.add(problem.reason()));
            if (problems.isEmpty()) {
                return Health.up().withDetail("migrationTag", tag).build();
            }
            return Health.down().withDetail("reasons", problems.stream().map(SchemaCheck.Problem::description).toList()).build();
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
