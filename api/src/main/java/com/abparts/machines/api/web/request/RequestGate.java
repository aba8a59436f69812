package com.abparts.machines.api.web.request;

import com.abparts.machines.api.web.support.FieldError;
import com.abparts.machines.api.web.support.FieldErrors;
import com.abparts.machines.api.web.support.HeaderTooLargeException;
import com.abparts.machines.api.web.support.InvalidRequestException;
import com.abparts.machines.api.web.support.RequestLimits;
import com.abparts.machines.domain.validation.FieldChecks;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The one filter of the service's own, first after Spring Boot's observation filter. It names the
 * request: its id (the {@code X-Request-Id} header, the MDC, problem bodies) and its trace (the
 * {@code traceresponse} header). Then it refuses, each with a problem, what the API does not read:
 * an {@code Authorization} header over {@value RequestLimits#AUTHORIZATION_CHARACTERS} characters
 * (431, before any token in it is parsed), a query string that is not percent-encoded UTF-8, has
 * more than {@value RequestLimits#QUERY_PARAMETERS} parameters, or holds U+0000 or control
 * characters (400; without this, these fail inside Tomcat, in the database and in Spring Security's
 * firewall), and a body over {@link RequestLimits#BODY_BYTES} bytes as it is read (413).
 */
@Component
@Order(FilterOrders.REQUEST_GATE)
class RequestGate extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    RequestGate(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.choose(request.getHeader(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        nameTheTrace(request, response);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            Optional<RuntimeException> refusal = refusal(request);
            if (refusal.isPresent()) {
                problems.resolveException(request, response, null, refusal.get());
                return;
            }
            chain.doFilter(new LimitedBody(request, RequestLimits.BODY_BYTES), response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /**
     * The observation filter's span is current here: the caller's {@code traceparent} continued, or
     * a new trace. It is read from OpenTelemetry, which traces for Micrometer here, as it is. A trace
     * the caller did not sample is named all the same: its id still ties logs and answers together.
     * Without a tracer there is no valid span, and no header.
     */
    private static void nameTheTrace(HttpServletRequest request, HttpServletResponse response) {
        SpanContext trace = Span.current().getSpanContext();
        if (trace.isValid()) {
            request.setAttribute(TraceIds.ATTRIBUTE, trace.getTraceId());
            response.setHeader(TraceIds.HEADER, "00-" + trace.getTraceId() + "-" + trace.getSpanId() + "-" + trace.getTraceFlags().asHex());
        }
    }

    private static Optional<RuntimeException> refusal(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.length() > RequestLimits.AUTHORIZATION_CHARACTERS) {
            return Optional.of(new HeaderTooLargeException(HttpHeaders.AUTHORIZATION, RequestLimits.AUTHORIZATION_CHARACTERS));
        }
        String query = request.getQueryString();
        return query == null ? Optional.empty() : queryRefusal(request, query).map(RuntimeException.class::cast);
    }

    private static Optional<InvalidRequestException> queryRefusal(HttpServletRequest request, String query) {
        if (Arrays.stream(query.split("&")).filter(parameter -> !parameter.isEmpty()).count() > RequestLimits.QUERY_PARAMETERS) {
            return Optional.of(new InvalidRequestException("The query string has more than " + RequestLimits.QUERY_PARAMETERS
                    + " parameters."));
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            // Tomcat's InvalidParameterException: the failure to decode, nothing we could add to
            return Optional.of(new InvalidRequestException("The query string cannot be read: it must be percent-encoded UTF-8, "
                    + "such as name=Harbour%20unit%203."));
        }
        FieldErrors errors = new FieldErrors();
        parameters.forEach((name, values) -> {
            Optional<String> wrong = wrongWith(name);
            for (int i = 0; i < values.length && wrong.isEmpty(); i++) {
                wrong = wrongWith(values[i]);
            }
            wrong.ifPresent(message -> errors.add(new FieldError(name, message)));
        });
        return errors.isEmpty() ? Optional.empty() : Optional.of(new InvalidRequestException(errors));
    }

    /**
     * What is wrong with a parameter's name or value: text PostgreSQL cannot store, or a control
     * character, which no parameter of this API takes (and which Spring Security's firewall would
     * refuse later, with an exception rather than an answer).
     */
    private static Optional<String> wrongWith(String text) {
        Optional<String> unstorable = FieldChecks.unstorable(text);
        if (unstorable.isPresent()) {
            return unstorable;
        }
        boolean control = text.codePoints().anyMatch(c -> Character.isISOControl(c) || !Character.isDefined(c));
        return control ? Optional.of("must not contain control characters or unassigned code points") : Optional.empty();
    }
}
