package com.abparts.machines.api.web.planted;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Planted violation: beans defined outside the composition root. Abstract, so that the
 * integration tests' component scan, which reaches this package, passes it over.
 */
@Configuration
public abstract class ControllerWithItsOwnConfiguration {

    @Bean
    Clock plantedClock() {
        return Clock.systemUTC();
    }
}
