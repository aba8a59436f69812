package com.abparts.machines.api.web.problem;

import com.abparts.machines.api.web.support.FieldError;
import com.abparts.machines.api.web.support.FieldErrors;
import com.abparts.machines.api.web.support.InvalidRequestException;
import com.abparts.machines.api.web.support.RequestLimits;
import com.abparts.machines.domain.validation.FieldChecks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses a query string that cannot be read, before anything else reads it: one that is not
 * percent-encoded UTF-8 ({@code %zz}), has more than {@value RequestLimits#QUERY_PARAMETERS}
 * parameters, or holds text PostgreSQL cannot store (U+0000) or control characters. Each is a 400
 * problem, the last two naming the parameters; without this filter the first two fail inside Tomcat,
 * U+0000 in the database and control characters in Spring Security's firewall.
 */
@Component
// After TraceResponseFilter, so that its refusals name the request's trace.
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class QueryStringFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    QueryStringFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            Optional<InvalidRequestException> refusal = refusal(request, query);
            if (refusal.isPresent()) {
                problems.resolveException(request, response, null, refusal.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<InvalidRequestException> refusal(HttpServletRequest request, String query) {
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
