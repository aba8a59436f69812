package com.abparts.machines.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Verifies tokens as Spring Boot's own resource-server settings say, read when the service starts
 * rather than when it is built: the service runs with Spring's build-time bean definitions, where
 * Boot's conditional decoder would be missing for settings that the build did not have. Exactly
 * one way to find the keys counts, in Boot's order: {@code jwk-set-uri}, {@code public-key-location},
 * {@code issuer-uri}; {@code issuer-uri} also checks the issuer. {@code audiences} must be set: a
 * token issued for another client of the same identity provider is refused. Without a way to find
 * the keys, or without an audience, the service does not start: it never runs open.
 */
final class TokenVerification {

    private static final String SETTINGS = "spring.security.oauth2.resourceserver.jwt";

    private TokenVerification() {}

    static JwtDecoder decoder(OAuth2ResourceServerProperties.Jwt settings, SecurityProperties.Tokens rules, Clock clock) {
        String issuer = settings.getIssuerUri();
        if (!given(settings.getJwkSetUri()) && settings.getPublicKeyLocation() == null && !given(issuer)) {
            throw new IllegalStateException("No token verifier is configured, and the service does not run open. Set "
                    + SETTINGS + ".issuer-uri to the identity provider's issuer URL (or " + SETTINGS + ".jwk-set-uri to its key set, or "
                    + SETTINGS + ".public-key-location to an RSA public key in PEM), e.g. SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI.");
        }
        OAuth2TokenValidator<Jwt> validator = validator(issuer, settings.getAudiences(), rules, clock);
        if (given(settings.getJwkSetUri())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.getJwkSetUri())
                    .jwsAlgorithms(algorithms -> algorithms.addAll(algorithms(settings.getJwsAlgorithms()))).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (settings.getPublicKeyLocation() != null) {
            List<SignatureAlgorithm> algorithms = algorithms(settings.getJwsAlgorithms());
            if (algorithms.size() != 1) {
                throw new IllegalStateException(SETTINGS + ".jws-algorithms must name one algorithm for a public key, not " + algorithms);
            }
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(settings)).signatureAlgorithm(algorithms.getFirst()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // Asks the issuer for its keys on the first token, not while the service starts.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /**
     * The checks every token passes beside its signature: an expiry, not passed; an issue time, not
     * in the future and not longer before the expiry than the rules allow; the issuer where it is
     * known; one of the audiences, which must be set; and a subject.
     */
    private static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences, SecurityProperties.Tokens rules, Clock clock) {
        if (audiences == null || audiences.isEmpty()) {
            throw new IllegalStateException("No token audience is configured: the service would accept a token issued for any other "
                    + "client of the identity provider. Set " + SETTINGS + ".audiences to the audience its tokens carry for this service, "
                    + "e.g. SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES=abparts-machines.");
        }
        JwtTimestampValidator times = new JwtTimestampValidator(rules.clockSkew());
        times.setAllowEmptyExpiryClaim(false);
        times.setClock(clock);
        // Not Spring Security's JwtIssuedAtValidator: it also refuses every token issued longer ago
        // than the clock skew, so a token would stop working a minute after it was issued.
        OAuth2TokenValidator<Jwt> issued = new JwtClaimValidator<Instant>(JwtClaimNames.IAT,
                issuedAt -> issuedAt != null && !issuedAt.isAfter(clock.instant().plus(rules.clockSkew())));
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(times, issued, lifetimeAtMost(rules.maxLifetime())));
        if (given(issuer)) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                audience -> audience != null && audience.stream().anyMatch(audiences::contains)));
        validators.add(new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank()));
        return JwtValidators.createDefaultWithValidators(validators);
    }

    /** A token that lives longer than this from its issue to its expiry is refused: a leaked one would be good for that long. */
    private static OAuth2TokenValidator<Jwt> lifetimeAtMost(Duration maxLifetime) {
        OAuth2Error tooLong = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token lives longer than " + maxLifetime + " from iat to exp", null);
        return token -> token.getIssuedAt() == null || token.getExpiresAt() == null
                || !Duration.between(token.getIssuedAt(), token.getExpiresAt()).minus(maxLifetime).isPositive()
                        ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(tooLong);
    }

    private static List<SignatureAlgorithm> algorithms(List<String> names) {
        return names.stream().map(name -> {
            SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
            if (algorithm == null) {
                throw new IllegalStateException(SETTINGS + ".jws-algorithms names " + name + ", which is no asymmetric JWS algorithm");
            }
            return algorithm;
        }).toList();
    }

    private static RSAPublicKey publicKey(OAuth2ResourceServerProperties.Jwt settings) {
        try {
            String pem = settings.readPublicKey().replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "");
            byte[] der = Base64.getMimeDecoder().decode(pem);
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SETTINGS + ".public-key-location " + settings.getPublicKeyLocation(), e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(SETTINGS + ".public-key-location " + settings.getPublicKeyLocation()
                    + " holds no RSA public key in PEM (-----BEGIN PUBLIC KEY-----)", e);
        }
    }

    private static boolean given(String setting) {
        return setting != null && !setting.isBlank();
    }
}
