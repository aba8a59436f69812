package com.abparts.machines.api.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens that verified, until they expire, so that a client sending the same token
 * with each request has its signature checked once rather than every time (bench/README.md has what
 * that saves). A token is remembered as a whole: any other string, however alike, is verified
 * anew. What a remembered token is answered with is what verifying it gave, while it has not
 * expired; after that it is verified again, and refused as the verifier refuses it. A token
 * without an expiry, or one refused, is never remembered.
 *
 * <p>At most {@code capacity} tokens are kept (for a moment a few more, when many threads remember
 * new ones at once). When that many are, the expired ones go, looked for once a second at most; if
 * none has expired, new tokens are verified every time until some do: a flood of distinct tokens
 * costs about what it would without the cache, and no more memory than the bound.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final int capacity;
    private final Clock clock;
    private final ConcurrentMap<String, Jwt> verified = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    /** @param capacity how many tokens to keep at most; 0 keeps none, so that each is verified */
    public VerifiedTokens(JwtDecoder verifier, int capacity, Clock clock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("the capacity cannot be negative: " + capacity);
        }
        this.verifier = verifier;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt remembered = verified.get(token);
        if (remembered != null) {
            if (now.isBefore(remembered.getExpiresAt())) {
                return remembered;
            }
            verified.remove(token, remembered);
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt()) && roomFor(now)) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** How many tokens are remembered now. */
    int size() {
        return verified.size();
    }

    private boolean roomFor(Instant now) {
        if (verified.size() < capacity) {
            return true;
        }
        if (now.isBefore(nextSweep)) {
            return false;
        }
        nextSweep = now.plusSeconds(1);
        verified.values().removeIf(jwt -> !now.isBefore(jwt.getExpiresAt()));
        return verified.size() < capacity;
    }
}
