package com.abparts.machines.api.security;

import com.abparts.machines.api.web.problem.HeaderTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses an {@code Authorization} header longer than {@value #LIMIT} characters with a 431
 * problem, before any token in it is parsed. Tomcat reads headers up to a larger limit
 * ({@code server.max-http-request-header-size}); past that it answers 400 itself.
 */
public final class HeaderLimit extends OncePerRequestFilter {

    public static final int LIMIT = 8_192;

    private final HandlerExceptionResolver problems;

    public HeaderLimit(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.length() > LIMIT) {
            problems.resolveException(request, response, null, new HeaderTooLargeException(HttpHeaders.AUTHORIZATION, LIMIT));
            return;
        }
        chain.doFilter(request, response);
    }
}
