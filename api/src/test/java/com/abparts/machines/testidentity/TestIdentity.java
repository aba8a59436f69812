package com.abparts.machines.testidentity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * An identity provider for tests and the dev run, in-process: an RSA key pair made when the JVM
 * first asks, the public key written to a file for the service to trust (Spring Boot's
 * {@code public-key-location}), and tokens signed with the private key, as an identity provider
 * would sign them, or deliberately wrong.
 */
public final class TestIdentity {

    public static final String PUBLIC_KEY_LOCATION = "spring.security.oauth2.resourceserver.jwt.public-key-location";
    public static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";
    /** The audience its tokens are for, and that the service is told to require. */
    public static final String AUDIENCE = "abparts-machines";

    private static final KeyPair KEYS = newKeyPair();
    private static final String LOCATION = writePublicKey();

    private TestIdentity() {}

    /** The setting's value that makes the service trust these tokens: a {@code file:} URL. */
    public static String publicKeyLocation() {
        return LOCATION;
    }

    /** A token to build, valid for an hour from now unless told otherwise. */
    public static Token token(String subject) {
        return new Token(subject);
    }

    /** Adds {@link #PUBLIC_KEY_LOCATION} to an application context's settings, unless a verifier is configured already. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String prefix = "spring.security.oauth2.resourceserver.jwt.";
            var environment = context.getEnvironment();
            if (!environment.containsProperty(prefix + "issuer-uri") && !environment.containsProperty(prefix + "jwk-set-uri")
                    && !environment.containsProperty(PUBLIC_KEY_LOCATION)) {
                environment.getPropertySources().addLast(new MapPropertySource("test-identity", Map.of(PUBLIC_KEY_LOCATION, LOCATION,
                        AUDIENCES, AUDIENCE)));
            }
        }
    }

    /** The claims and the signature of one token. */
    public static final class Token {

        private final String subject;
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant expires = Instant.now().plus(Duration.ofHours(1));
        private Instant notBefore;
        private List<String> roles = List.of();
        private String organization;

        private Token(String subject) {
            this.subject = subject;
        }

        public Token roles(String... roleNames) {
            roles = List.of(roleNames);
            return this;
        }

        public Token organization(UUID organizationId) {
            organization = organizationId.toString();
            return this;
        }

        /** Any claim, of any JSON type, e.g. to give a standard claim the wrong type; it replaces what the token would say. */
        public Token claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Token validFor(Duration validity) {
            expires = Instant.now().plus(validity);
            return this;
        }

        public Token expiredAgo(Duration ago) {
            expires = Instant.now().minus(ago);
            return this;
        }

        public Token notBefore(Instant instant) {
            notBefore = instant;
            return this;
        }

        /** Signed with the trusted key (RS256). */
        public String signed() {
            return sign(new RSASSASigner(KEYS.getPrivate()), JWSAlgorithm.RS256);
        }

        /** Signed with a key the service does not trust. */
        public String signedWithAnotherKey() {
            return sign(new RSASSASigner(UntrustedKeys.KEYS.getPrivate()), JWSAlgorithm.RS256);
        }

        /** Not signed at all ({@code alg: none}). */
        public String unsigned() {
            return new PlainJWT(claimsSet()).serialize();
        }

        /** HS256 with the trusted public key as the shared secret: the classic algorithm-confusion attack. */
        public String signedWithThePublicKeyAsHmacSecret() {
            try {
                return sign(new MACSigner(KEYS.getPublic().getEncoded()), JWSAlgorithm.HS256);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private String sign(com.nimbusds.jose.JWSSigner signer, JWSAlgorithm algorithm) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claimsSet());
            try {
                jwt.sign(signer);
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot sign a test token", e);
            }
            return jwt.serialize();
        }

        private JWTClaimsSet claimsSet() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                    .issuer("https://identity.test.abparts.example")
                    .audience(AUDIENCE)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(Instant.now().minusSeconds(5)))
                    .expirationTime(Date.from(expires));
            if (subject != null) {
                set.subject(subject);
            }
            if (notBefore != null) {
                set.notBeforeTime(Date.from(notBefore));
            }
            if (!roles.isEmpty()) {
                set.claim("roles", new ArrayList<>(roles));
            }
            if (organization != null) {
                set.claim("org_id", organization);
            }
            claims.forEach(set::claim);
            return set.build();
        }
    }

    /**
     * Made on first use only: a key pair is up to a second of CPU on the JIT's first tier, on which
     * the tests run, and most test JVMs never sign with an untrusted key.
     */
    private static final class UntrustedKeys {
        static final KeyPair KEYS = newKeyPair();
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    private static String writePublicKey() {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            Path file = Files.createTempFile("abparts-test-identity", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, pem);
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test identity's public key", e);
        }
    }
}
