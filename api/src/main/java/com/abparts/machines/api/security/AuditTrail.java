package com.abparts.machines.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who did what, in the logs. Once a request's token has verified, every log line written while
 * serving it names the caller: the token's subject goes into the MDC as {@code sub}, which
 * structured logs carry as a field (docs/operations.md, "Logs"). And every write that succeeded is
 * logged: who, what (method and resource: the new resource's location for a creation) and the
 * answer. Nothing of the body or the token is logged, and of the claims only the subject.
 */
final class AuditTrail extends OncePerRequestFilter {

    /** The MDC key. */
    static final String SUBJECT = "sub";

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication caller)) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(SUBJECT, caller.getName());
        try {
            chain.doFilter(request, response);
            if (WRITES.contains(request.getMethod()) && response.getStatus() < 400) {
                String location = response.getHeader(HttpHeaders.LOCATION);
                LOG.info("{} {} by {} answered {}", request.getMethod(), location != null ? location : request.getRequestURI(),
                        caller.getName(), response.getStatus());
            }
        } finally {
            MDC.remove(SUBJECT);
        }
    }
}
