package com.abparts.machines.it.security;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.testidentity.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** While the identity provider's keys cannot be fetched, a token cannot be checked: 503 with Retry-After, not a 500, not a 401. */
@TestPropertySource(properties = {"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/realms/abparts/certs",
        "spring.security.oauth2.resourceserver.jwt.audiences=" + TestIdentity.AUDIENCE})
class IdentityProviderOutageApiIT extends ApiTest {

    @Test
    void answersServiceUnavailableWhileTheKeysCannotBeFetched() {
        http.get().uri("/api/v1/machines").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:abparts:problem:identity-provider-unavailable");
    }
}
