package com.abparts.machines.api.web.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the caller which trace its request made, in the {@code traceresponse} header, and keeps
 * the trace id for problem bodies. It runs just inside Spring's HTTP observation filter, whose
 * span (continuing the caller's {@code traceparent}, or a new trace) is current by then.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TraceResponseFilter extends OncePerRequestFilter {

    private final Tracer tracer;

    TraceResponseFilter(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Span span = tracer.currentSpan();
        TraceContext trace = span == null ? null : span.context();
        // A trace the caller did not sample is named all the same: its id still ties logs and answers together.
        if (trace != null && !trace.traceId().isEmpty()) {
            request.setAttribute(TraceIds.ATTRIBUTE, trace.traceId());
            response.setHeader(TraceIds.HEADER,
                    "00-" + trace.traceId() + "-" + trace.spanId() + (Boolean.TRUE.equals(trace.sampled()) ? "-01" : "-00"));
        }
        chain.doFilter(request, response);
    }
}
