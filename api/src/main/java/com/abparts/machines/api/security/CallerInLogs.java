package com.abparts.machines.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the caller in every log line written while serving its request, once its token has
 * verified: the token's subject goes into the MDC as {@code sub}, which structured logs carry as
 * a field (docs/operations.md, "Logs"). Only the subject: never the token or another claim.
 */
public final class CallerInLogs extends OncePerRequestFilter {

    /** The MDC key. */
    public static final String SUBJECT = "sub";

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
        } finally {
            MDC.remove(SUBJECT);
        }
    }
}
