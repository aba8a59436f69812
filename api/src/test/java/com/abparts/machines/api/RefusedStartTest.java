package com.abparts.machines.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** What keeps the service from starting, and says why, rather than letting it serve half right. */
class RefusedStartTest {

    /** Settings as arguments, which outrank application.yaml (the builder's properties would not). Nothing is connected to. */
    private static final String[] ANY_START = {"--server.port=0", "--management.server.port=0", "--spring.liquibase.enabled=false",
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"};
    private static final String AN_AUDIENCE = "--spring.security.oauth2.resourceserver.jwt.audiences=abparts-machines";

    @Test
    void refusesToAcceptTokensForAnyAudienceNamingTheSetting() {
        starting("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://unused.invalid/jwks").rootCause()
                .hasMessageContaining("No token audience is configured")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences");
    }

    @Test
    void refusesToRunOpenWithoutATokenVerifierNamingTheSettings() {
        starting().rootCause()
                .hasMessageContaining("No token verifier is configured")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .hasMessageContaining("jwk-set-uri")
                .hasMessageContaining("public-key-location");
    }

    /** The changelog is read beside the rest of the start (see SchemaCheck), yet a start without it still fails. */
    @Test
    void refusesAChangelogThatCannotBeRead() {
        starting("--spring.liquibase.change-log=classpath:db/changelog/no-such-changelog.xml",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://unused.invalid/jwks", AN_AUDIENCE)
                .rootCause().hasMessageContaining("no-such-changelog.xml");
    }

    /** Spring Boot 4 binds this Boot 3 name no more: set, it would export nothing and say nothing. */
    @Test
    void refusesSpringBoot3sTraceEndpointNamingTheOneToSet() {
        starting("--management.otlp.tracing.endpoint=http://collector:4318/v1/traces",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://unused.invalid/jwks", AN_AUDIENCE)
                .hasMessageContaining("management.otlp.tracing.endpoint")
                .hasMessageContaining("management.opentelemetry.tracing.export.otlp.endpoint");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> starting(String... settings) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(MachinesApplication.class);
        return assertThatThrownBy(() -> application.run(Stream.concat(Stream.of(ANY_START), Stream.of(settings)).toArray(String[]::new)));
    }
}
