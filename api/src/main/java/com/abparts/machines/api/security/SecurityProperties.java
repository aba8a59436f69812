package com.abparts.machines.api.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of who may call the API, beyond Spring Boot's own resource-server settings
 * ({@code spring.security.oauth2.resourceserver.jwt.*}), which say how tokens are verified.
 *
 * @param rolesClaim the claim that lists a token's roles (an array of strings)
 * @param organizationClaim the claim that names the caller's organization (a UUID)
 * @param cors the browser origins that may call the API from scripts; none unless listed
 * @param swaggerUi how Swagger UI's Authorize button logs in at an identity provider; off unless its URLs are set
 * @param tokens what a token's times must be, beside its signature
 * @param tokenCache how many verified tokens are remembered, and for how long at most
 */
@ConfigurationProperties("abparts.security")
public record SecurityProperties(
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("org_id") String organizationClaim,
        @DefaultValue Cors cors,
        @DefaultValue SwaggerUi swaggerUi,
        @DefaultValue Tokens tokens,
        @DefaultValue TokenCache tokenCache) {

    /** @param allowedOrigins e.g. {@code https://fleet.abparts.example} */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    /**
     * @param maxLifetime the longest a token may live from its issue ({@code iat}) to its expiry ({@code exp})
     * @param clockSkew how far the identity provider's clock may be ahead of this service's, or behind
     */
    public record Tokens(@DefaultValue("24h") Duration maxLifetime, @DefaultValue("60s") Duration clockSkew) {
    }

    /**
     * @param capacity how many tokens at most; 0 verifies every token with every request. Each
     *     takes about as much memory as the token's size, twice
     * @param timeToLive the longest a token is remembered, however much later it expires: a signing
     *     key withdrawn at the identity provider stops being accepted within this time
     */
    public record TokenCache(@DefaultValue("4096") int capacity, @DefaultValue("5m") Duration timeToLive) {
    }

    /**
     * The OAuth2 authorization-code flow (with PKCE) that Swagger UI offers beside pasting a token.
     *
     * @param authorizationUri the identity provider's authorization endpoint, as the browser reaches it
     * @param tokenUri its token endpoint, as the browser reaches it
     */
    public record SwaggerUi(String authorizationUri, String tokenUri) {

        public boolean loginOffered() {
            return authorizationUri != null && !authorizationUri.isBlank() && tokenUri != null && !tokenUri.isBlank();
        }
    }
}
