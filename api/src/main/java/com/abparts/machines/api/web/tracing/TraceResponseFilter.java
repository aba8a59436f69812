package com.abparts.machines.api.web.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the caller which trace its request made, in the {@code traceresponse} header, and keeps
 * the trace id for problem bodies. It runs just inside Spring's HTTP observation filter, whose
 * span (continuing the caller's {@code traceparent}, or a new trace) is current by then. The span
 * is read from OpenTelemetry, which traces for Micrometer here, as it is: Micrometer's current span
 * would be new objects around it, on every request. Without a tracer there is no valid span, and
 * no header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TraceResponseFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SpanContext trace = Span.current().getSpanContext();
        // A trace the caller did not sample is named all the same: its id still ties logs and answers together.
        if (trace.isValid()) {
            request.setAttribute(TraceIds.ATTRIBUTE, trace.getTraceId());
            response.setHeader(TraceIds.HEADER, "00-" + trace.getTraceId() + "-" + trace.getSpanId() + "-" + trace.getTraceFlags().asHex());
        }
        chain.doFilter(request, response);
    }
}
