package com.abparts.machines.api.configuration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.api.MachinesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The service never runs open: without a way to verify tokens it does not start, and says which setting to give. */
class NoTokenVerifierTest {

    @Test
    void refusesToStartWithoutATokenVerifierNamingTheSettings() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(MachinesApplication.class);

        assertThatThrownBy(() -> application.run(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.liquibase.enabled=false",
                // Never connected to: nothing reaches the database while the context starts.
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))
                .rootCause()
                .hasMessageContaining("No token verifier is configured")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .hasMessageContaining("jwk-set-uri")
                .hasMessageContaining("public-key-location");
    }
}
