package com.abparts.machines.api.observability;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses a start that would serve actuator (health with details, build info, the SBOM, every
 * metric) on the API's own port, where any caller with a valid token would reach it: the management
 * port must be a port of its own (or turned off with -1). Checked on the settings as the service
 * starts, with or without Spring's build-time bean definitions.
 */
final class ManagementPortSettings implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (ManagementPortType.get(environment) == ManagementPortType.SAME) {
            throw new IllegalStateException("management.server.port (" + environment.getProperty("management.server.port", "unset")
                    + ") must differ from server.port (" + environment.getProperty("server.port", "8080")
                    + "): actuator would answer on the API's port. Give it a port of its own, e.g. MANAGEMENT_SERVER_PORT=8081.");
        }
    }
}
