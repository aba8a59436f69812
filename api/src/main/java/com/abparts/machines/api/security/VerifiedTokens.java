package com.abparts.machines.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens that verified, so that a client sending the same token with each request
 * has its signature checked once rather than every time (bench/README.md has what that saves). A
 * token is remembered as a whole: any other string, however alike, is verified anew. It is
 * remembered until it expires or for {@code timeToLive}, whichever comes first; after that it is
 * verified again, and refused as the verifier then refuses it, so that a signing key withdrawn at
 * the identity provider stops being accepted within {@code timeToLive}. A refused token is never
 * remembered.
 *
 * <p>At most {@code capacity} tokens are kept, in a Caffeine cache, which evicts the least likely
 * to be used again: a flood of distinct tokens costs about what it would without the cache, and no
 * more memory than the bound.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Cache<String, Jwt> verified;
    private final Clock clock;
    private final Duration timeToLive;

    /**
     * @param capacity how many tokens to keep at most; 0 keeps none, so that each is verified
     * @param timeToLive the longest a token is remembered
     */
    public VerifiedTokens(JwtDecoder verifier, int capacity, Duration timeToLive, Clock clock) {
        if (capacity < 0) {
            throw new IllegalArgumentException("the capacity cannot be negative: " + capacity);
        }
        if (timeToLive.isNegative()) {
            throw new IllegalArgumentException("the time to live cannot be negative: " + timeToLive);
        }
        this.verifier = verifier;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.verified = capacity == 0 || timeToLive.isZero() ? null : Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> rememberedFor(jwt)))
                .ticker(() -> nanosOf(clock.instant()))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (verified == null) {
            return verifier.decode(token);
        }
        Jwt remembered = verified.getIfPresent(token);
        if (remembered != null) {
            return remembered;
        }
        Jwt jwt = verifier.decode(token);
        if (rememberedFor(jwt).isPositive()) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** How many tokens are remembered now. */
    long size() {
        if (verified == null) {
            return 0;
        }
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** Until the token expires, and no longer than the time to live; not at all without an expiry. */
    private Duration rememberedFor(Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return Duration.ZERO;
        }
        Duration untilExpiry = Duration.between(clock.instant(), jwt.getExpiresAt());
        return untilExpiry.compareTo(timeToLive) < 0 ? untilExpiry : timeToLive;
    }

    private static long nanosOf(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
