package com.abparts.machines.api.configuration;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads the OTLP trace endpoint as an operator means it. Empty, it sends nothing, as when it is not
 * set (compose and many deploy tools pass an empty variable on; Spring Boot would refuse to start on
 * an endpoint that is not a URL). Set under Spring Boot 3's name, which Boot 4 silently ignores, it
 * stops the start and names the setting to use.
 */
final class TraceExportSettings implements EnvironmentPostProcessor {

    static final String ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";
    static final String BOOT_3_ENDPOINT = "management.otlp.tracing.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(BOOT_3_ENDPOINT)) {
            throw new IllegalStateException(BOOT_3_ENDPOINT + " is Spring Boot 3's name and sends nothing here: set " + ENDPOINT
                    + " (MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT) instead.");
        }
        String endpoint = environment.getProperty(ENDPOINT);
        if (endpoint != null && endpoint.isBlank()) {
            environment.getPropertySources().addFirst(
                    new MapPropertySource("abparts-empty-trace-endpoint", Map.of("management.tracing.export.otlp.enabled", "false")));
        }
    }
}
