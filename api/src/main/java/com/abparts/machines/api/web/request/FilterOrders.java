package com.abparts.machines.api.web.request;

import org.springframework.core.Ordered;

/**
 * The servlet filters every request passes, in the order it passes them, in one place. Two are
 * Spring Boot's and one is the service's; Spring Security's chain holds the rest (see
 * docs/architecture.md, "A request, end to end"). {@code FilterOrdersApiIT} checks that the two
 * of Spring Boot's still have these orders.
 */
public final class FilterOrders {

    /** Spring Boot's HTTP observation filter: times the request and makes its span current (Boot's own order). */
    public static final int OBSERVATION = Ordered.HIGHEST_PRECEDENCE + 1;

    /** {@link RequestGate}: inside the observation, so that the trace it names in answers is the request's. */
    public static final int REQUEST_GATE = OBSERVATION + 1;

    /** Spring Security's filter chain (Boot's default, {@code spring.security.filter.order}): after the gate. */
    public static final int SECURITY = -100;

    private FilterOrders() {}
}
