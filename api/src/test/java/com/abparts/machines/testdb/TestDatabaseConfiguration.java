package com.abparts.machines.testdb;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Gives an application context a throwaway PostgreSQL chosen by {@link TestPostgres}, unless
 * {@code spring.datasource.url} names one already. With Docker, the context owns a container
 * through {@code @ServiceConnection}; otherwise it gets a database of its own on the shared server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(ContainerChosen.class)
    PostgreSQLContainer postgresContainer() {
        TestPostgres.announce("the application uses a Testcontainers PostgreSQL " + TestPostgres.defaultMajor());
        return TestPostgres.newContainer(TestPostgres.defaultMajor());
    }

    @Bean
    @Conditional(ServerChosen.class)
    JdbcConnectionDetails testDatabase() {
        PostgresDatabase database = TestPostgres.server().createDatabase();
        TestPostgres.announce("the application uses " + database.jdbcUrl());
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return database.username();
            }

            @Override
            public String getPassword() {
                return database.password();
            }

            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }
        };
    }

    private static boolean datasourceConfigured(ConditionContext context) {
        return context.getEnvironment().containsProperty("spring.datasource.url");
    }

    static final class ContainerChosen implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !datasourceConfigured(context) && TestPostgres.source() == TestPostgres.Source.DOCKER;
        }
    }

    static final class ServerChosen implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !datasourceConfigured(context) && TestPostgres.source() != TestPostgres.Source.DOCKER;
        }
    }
}
