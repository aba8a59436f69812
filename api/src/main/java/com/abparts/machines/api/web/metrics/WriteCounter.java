package com.abparts.machines.api.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Counts the writes the API answered, as {@code abparts.writes} ({@code abparts_writes_total} in
 * Prometheus), by {@code operation} (the method and the route's template, e.g.
 * {@code PATCH /api/v1/machines/{id}}) and {@code outcome} ({@link WriteOutcome}). Every tag value
 * comes from the code: a request that matched no route is not counted, so no path a client sends
 * becomes a tag. It runs inside the security filter chain: a request turned away without a valid
 * token never reached an operation.
 */
@Component
class WriteCounter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final MeterRegistry meters;

    WriteCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String route) {
                Counter.builder("abparts.writes")
                        .description("Writes the API answered, by operation and outcome")
                        .tag("operation", request.getMethod() + " " + route)
                        .tag("outcome", WriteOutcome.of(response.getStatus()).tag())
                        .register(meters)
                        .increment();
            }
        }
    }
}
