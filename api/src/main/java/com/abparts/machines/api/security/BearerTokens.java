package com.abparts.machines.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.util.StringUtils;

/**
 * Finds the bearer token in the {@code Authorization} header, and only there (RFC 6750, section
 * 2.1), as Spring Security's default resolver does with its default settings, answering every
 * header alike, errors included ({@code BearerTokensTest} compares the two); but without its
 * case-insensitive regular expression, which ran over the whole token with every request
 * (bench/README.md).
 */
public final class BearerTokens implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!StringUtils.startsWithIgnoreCase(header, "bearer")) {
            return null;
        }
        if (!isWellFormed(header)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return header.substring(SCHEME.length());
    }

    /** {@code Bearer} in any case of ASCII letters, one space, then a b64token: {@code [A-Za-z0-9-._~+/]+=*}. */
    private static boolean isWellFormed(String header) {
        if (header.length() <= SCHEME.length()) {
            return false;
        }
        for (int i = 0; i < SCHEME.length(); i++) {
            char c = header.charAt(i);
            char expected = SCHEME.charAt(i);
            boolean same = c == expected || expected != ' ' && (c | 0x20) == (expected | 0x20) && isAsciiLetter(c);
            if (!same) {
                return false;
            }
        }
        int i = SCHEME.length();
        while (i < header.length() && isTokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == SCHEME.length()) {
            return false;
        }
        while (i < header.length() && header.charAt(i) == '=') {
            i++;
        }
        return i == header.length();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isTokenCharacter(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
