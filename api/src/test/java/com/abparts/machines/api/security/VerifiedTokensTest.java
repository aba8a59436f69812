package com.abparts.machines.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.abparts.machines.testidentity.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

    private final MovingClock clock = new MovingClock(NOW);
    private final Verifier verifier = new Verifier();

    @Test
    void verifiesAGivenTokenOnceWhileItHasNotExpired() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10, TIME_TO_LIVE, clock);
        verifier.issue("a", NOW.plusSeconds(300));

        Jwt first = tokens.decode("a");
        clock.advance(Duration.ofSeconds(299));
        Jwt again = tokens.decode("a");

        assertThat(again).isSameAs(first);
        assertThat(verifier.verified).containsExactly("a");
    }

    @Test
    void verifiesATokenAgainOnceItHasExpiredAndAnswersAsTheVerifierDoes() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10, TIME_TO_LIVE, clock);
        verifier.issue("a", NOW.plusSeconds(300));
        tokens.decode("a");

        clock.advance(Duration.ofSeconds(300));
        verifier.refuse("a");

        assertThatThrownBy(() -> tokens.decode("a")).isInstanceOf(BadJwtException.class);
        assertThat(verifier.verified).containsExactly("a", "a");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void neverRemembersARefusedTokenOrOneWithoutAnExpiry() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10, TIME_TO_LIVE, clock);
        verifier.refuse("bad");
        verifier.issue("forever", null);

        for (int request = 0; request < 2; request++) {
            assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
            tokens.decode("forever");
        }

        assertThat(verifier.verified).containsExactly("bad", "forever", "bad", "forever");
    }

    @Test
    void tellsTokensApartByTheirWholeText() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10, TIME_TO_LIVE, clock);
        verifier.issue("header.payload.signature", NOW.plusSeconds(300));
        verifier.refuse("header.payload.signaturf");
        tokens.decode("header.payload.signature");

        assertThatThrownBy(() -> tokens.decode("header.payload.signaturf")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void keepsNoMoreThanItsCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 2, TIME_TO_LIVE, clock);
        for (String token : List.of("first", "second", "third", "fourth")) {
            verifier.issue(token, NOW.plusSeconds(600));
            tokens.decode(token);
        }

        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void remembersATokenNoLongerThanItsTimeToLiveSoThatAWithdrawnKeyStopsWorkingWithinIt() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10, TIME_TO_LIVE, clock);
        verifier.issue("a", NOW.plus(Duration.ofHours(1)));
        tokens.decode("a");

        clock.advance(TIME_TO_LIVE.minusSeconds(1));
        tokens.decode("a");
        assertThat(verifier.verified).containsExactly("a");

        verifier.refuse("a");
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> tokens.decode("a")).isInstanceOf(BadJwtException.class);
        assertThat(verifier.verified).containsExactly("a", "a");
    }

    @Test
    void verifiesEveryTokenEveryTimeWithNoCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 0, TIME_TO_LIVE, clock);
        verifier.issue("a", NOW.plusSeconds(300));

        tokens.decode("a");
        tokens.decode("a");

        assertThat(verifier.verified).containsExactly("a", "a");
    }

    /** Answers the tokens it was told of, noting each it verifies. */
    /**
     * Against the live decoder the service builds (Spring Security's NimbusJwtDecoder with its
     * validators), remembering changes no answer: every kind of token, asked twice, is accepted with
     * the same claims or refused with the same exception as the decoder itself gives.
     */
    @Test
    void answersEveryKindOfTokenAsSpringSecuritysDecoderDoes() {
        OAuth2ResourceServerProperties.Jwt settings = new OAuth2ResourceServerProperties.Jwt();
        settings.setPublicKeyLocation(new DefaultResourceLoader().getResource(TestIdentity.publicKeyLocation()));
        settings.setAudiences(List.of(TestIdentity.AUDIENCE));
        JwtDecoder live = TokenVerification.decoder(settings, new SecurityProperties.Tokens(Duration.ofHours(24), Duration.ofSeconds(60)),
                Clock.systemUTC());
        VerifiedTokens remembering = new VerifiedTokens(live, 16, TIME_TO_LIVE, Clock.systemUTC());
        List<String> tokens = List.of(TestIdentity.token("valid").signed(),
                TestIdentity.token("expired").expiredAgo(Duration.ofMinutes(5)).signed(),
                TestIdentity.token("too-long").validFor(Duration.ofDays(3)).signed(),
                TestIdentity.token("other-audience").claim("aud", "someone-else").signed(),
                TestIdentity.token("other-key").signedWithAnotherKey(),
                TestIdentity.token("unsigned").unsigned(),
                TestIdentity.token("confused").signedWithThePublicKeyAsHmacSecret(),
                "not.a.token");

        for (String token : tokens) {
            Object expected = outcome(live, token);
            assertThat(outcome(remembering, token)).as(token).isEqualTo(expected);
            assertThat(outcome(remembering, token)).as("%s, asked again", token).isEqualTo(expected);
        }
        assertThat(outcome(live, tokens.getFirst())).as("the valid token").isInstanceOf(Map.class);
    }

    /** The token's claims, or the kind of the exception that refused it. */
    private static Object outcome(JwtDecoder decoder, String token) {
        try {
            return decoder.decode(token).getClaims();
        } catch (RuntimeException refused) {
            return refused.getClass();
        }
    }

    private static final class Verifier implements JwtDecoder {

        private final Map<String, Jwt> valid = new HashMap<>();
        private final List<String> verified = new ArrayList<>();

        void issue(String token, Instant expiresAt) {
            valid.put(token, Jwt.withTokenValue(token).header("alg", "RS256").subject("someone")
                    .issuedAt(NOW.minusSeconds(1)).expiresAt(expiresAt).build());
        }

        void refuse(String token) {
            valid.remove(token);
        }

        @Override
        public Jwt decode(String token) {
            verified.add(token);
            Jwt jwt = valid.get(token);
            if (jwt == null) {
                throw new BadJwtException("refused");
            }
            return jwt;
        }
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
