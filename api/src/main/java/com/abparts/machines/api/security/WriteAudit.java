package com.abparts.machines.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every write that succeeded: who (the token's subject), what (method and resource: the
 * new resource's location for a creation) and the answer. The request id is on the line as on
 * every line of the request. Nothing of the body or the token is logged.
 */
public final class WriteAudit extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(WriteAudit.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (WRITES.contains(request.getMethod()) && response.getStatus() < 400
                && SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication caller) {
            String location = response.getHeader(HttpHeaders.LOCATION);
            LOG.info("{} {} by {} answered {}", request.getMethod(), location != null ? location : request.getRequestURI(),
                    caller.getName(), response.getStatus());
        }
    }
}
