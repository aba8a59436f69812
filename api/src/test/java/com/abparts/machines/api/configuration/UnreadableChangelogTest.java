package com.abparts.machines.api.configuration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.api.MachinesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The changelog is read beside the rest of the start (see SchemaCheck), yet a start without it still fails. */
class UnreadableChangelogTest {

    @Test
    void aChangelogThatCannotBeReadFailsTheStart() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(MachinesApplication.class);

        // Arguments, as they outrank application.yaml (the builder's properties would not).
        assertThatThrownBy(() -> application.run(
                "--server.port=0",
                "--spring.liquibase.enabled=false",
                "--spring.liquibase.change-log=classpath:db/changelog/no-such-changelog.xml",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://unused.invalid/jwks",
                // Never connected to: nothing reaches the database while the context starts.
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))
                .rootCause().hasMessageContaining("no-such-changelog.xml");
    }
}
