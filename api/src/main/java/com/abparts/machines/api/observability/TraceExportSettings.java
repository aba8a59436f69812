package com.abparts.machines.api.observability;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses the OTLP trace endpoint set under Spring Boot 3's name, which Boot 4 silently ignores: it
 * stops the start and names the setting to use. (An empty endpoint, as compose and many deploy tools
 * pass an unset variable on, sends nothing: see ObservabilityConfiguration.)
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
    }
}
