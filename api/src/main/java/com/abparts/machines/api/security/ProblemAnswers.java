package com.abparts.machines.api.security;

import com.abparts.machines.api.web.problem.IdentityProviderUnavailableException;
import com.abparts.machines.api.web.problem.UnauthenticatedRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers the requests that security turns away with the problems every other failure gets, by
 * handing them to the same handler: 401 for a missing or invalid token (with the RFC 6750
 * challenge), 403 for a valid token that makes no caller or lacks the right, 503 when the identity
 * provider's keys cannot be fetched to check a token. Never a redirect.
 */
public final class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Pattern BEARER = Pattern.compile("bearer( |$)", Pattern.CASE_INSENSITIVE);

    private final HandlerExceptionResolver problems;

    public ProblemAnswers(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException unavailable) {
            problems.resolveException(request, response, null, new IdentityProviderUnavailableException(unavailable));
            return;
        }
        boolean tokenSent = BEARER.matcher(String.valueOf(request.getHeader(HttpHeaders.AUTHORIZATION))).lookingAt();
        String reason = tokenSent ? reasonOf(failure) : "no token";
        problems.resolveException(request, response, null, new UnauthenticatedRequestException(tokenSent, reason));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication token && token.caller().isEmpty()) {
            problems.resolveException(request, response, null, token.refusal());
        } else {
            problems.resolveException(request, response, null, new IllegalStateException("access denied to a caller: " + denied.getMessage()));
        }
    }

    private static String reasonOf(AuthenticationException failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "the token cannot be read" : message;
    }
}
