package com.abparts.machines.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.abparts.machines.testidentity.TestIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** The times a token carries, as the service's decoder checks them: issued when, and living how long. */
class TokenVerificationTest {

    private static final Duration SKEW = Duration.ofSeconds(60);

    private final JwtDecoder decoder = TokenVerification.decoder(settings(), new SecurityProperties.Tokens(Duration.ofHours(24), SKEW),
            Clock.systemUTC());

    /** A token stays good for its whole life: refusing one issued longer ago than the clock skew broke every client after a minute. */
    @Test
    void acceptsATokenIssuedLongAgoThatHasNotExpired() {
        for (Duration ago : List.of(Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(3))) {
            String token = TestIdentity.token("early-" + ago).claim("iat", Date.from(Instant.now().minus(ago))).validFor(Duration.ofHours(1))
                    .signed();

            assertThat(decoder.decode(token).getSubject()).as("issued %s ago", ago).isEqualTo("early-" + ago);
        }
    }

    @Test
    void refusesATokenIssuedInTheFutureBeyondTheClockSkew() {
        String withinSkew = TestIdentity.token("soon").claim("iat", Date.from(Instant.now().plusSeconds(30))).signed();
        String beyondSkew = TestIdentity.token("later").claim("iat", Date.from(Instant.now().plus(Duration.ofMinutes(5)))).signed();

        assertThat(decoder.decode(withinSkew).getSubject()).isEqualTo("soon");
        assertThatThrownBy(() -> decoder.decode(beyondSkew)).isInstanceOf(JwtValidationException.class).hasMessageContaining("iat");
    }

    @Test
    void refusesATokenWithoutAnIssueTime() {
        String token = TestIdentity.token("timeless").claim("iat", null).signed();

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class).hasMessageContaining("iat");
    }

    @Test
    void refusesATokenThatLivesLongerThanTheLongestLifetime() {
        String token = TestIdentity.token("forever").validFor(Duration.ofDays(2)).signed();

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class).hasMessageContaining("lives longer");
    }

    private static OAuth2ResourceServerProperties.Jwt settings() {
        OAuth2ResourceServerProperties.Jwt settings = new OAuth2ResourceServerProperties.Jwt();
        settings.setPublicKeyLocation(new DefaultResourceLoader().getResource(TestIdentity.publicKeyLocation()));
        settings.setAudiences(List.of(TestIdentity.AUDIENCE));
        return settings;
    }
}
