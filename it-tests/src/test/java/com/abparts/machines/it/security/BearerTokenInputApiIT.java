package com.abparts.machines.it.security;

import static com.abparts.machines.it.support.Api.aMachine;
import static com.abparts.machines.it.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.testidentity.TestIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Hostile and broken credentials: whatever the Authorization header holds, the answer is a problem
 * with 401, 403 or 431, never a 500, and nothing is written. Writes that succeed are logged with
 * the caller's subject.
 */
@ExtendWith(OutputCaptureExtension.class)
class BearerTokenInputApiIT extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer a b", "Bearer !!!", "Bearer \"quoted\"", "Bearer abc.def.ghi",
            "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl", "Bearer ..", "Bearer%20x", "BEARER not-a-jwt"})
    void answersAMalformedBearerTokenWith401(String authorization) {
        http.get().uri("/api/v1/machines").header(HttpHeaders.AUTHORIZATION, authorization).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).startsWith("Bearer"))
                .expectBody().jsonPath("$.type").isEqualTo("urn:abparts:problem:unauthenticated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic YWRtaW46YWRtaW4=", "Digest username=x", "token", ""})
    void answersOtherSchemesAsNoTokenAtAll(String authorization) {
        http.get().uri("/api/v1/machines").header(HttpHeaders.AUTHORIZATION, authorization).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.type").isEqualTo("urn:abparts:problem:unauthenticated");
    }

    static Stream<Arguments> claimsOfTheWrongType() {
        UUID organization = UUID.randomUUID();
        return Stream.of(
                Arguments.of("roles as a string", TestIdentity.token("a").claim("roles", "super_admin").signed(), 403),
                Arguments.of("roles as numbers", TestIdentity.token("b").claim("roles", List.of(1, 2)).signed(), 403),
                Arguments.of("roles as an object", TestIdentity.token("c").claim("roles", Map.of("super_admin", true)).signed(), 403),
                Arguments.of("org_id as a number", TestIdentity.token("d").roles("admin").claim("org_id", 42).signed(), 403),
                Arguments.of("org_id not a UUID", TestIdentity.token("e").roles("user").claim("org_id", "Oraseas EE").signed(), 403),
                Arguments.of("org_id as an array", TestIdentity.token("f").roles("user").claim("org_id", List.of(organization.toString())).signed(), 403),
                Arguments.of("no subject", TestIdentity.token(null).roles("super_admin").signed(), 401),
                Arguments.of("exp as a string", TestIdentity.token("g").roles("super_admin").claim("exp", "tomorrow").signed(), 401),
                Arguments.of("aud as a number", TestIdentity.token("h").roles("super_admin").claim("aud", 7).signed(), 401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claimsOfTheWrongType")
    void answersClaimsOfTheWrongTypeWithAProblemAndWritesNothing(String what, String token, int status) {
        String serial = "AB-" + UUID.randomUUID();
        UUID owner = api.createOrganization("Owner " + UUID.randomUUID());

        api.as(token).http().post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(json(aMachine(owner, serial))).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(status == 401 ? "urn:abparts:problem:unauthenticated" : "urn:abparts:problem:forbidden");
        assertThat(api.get("/api/v1/machines?customerOrganizationId=" + owner).get("items")).isEmpty();
    }

    static Stream<Arguments> tokenTimesAndAudiences() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("no exp", TestIdentity.token("t1").roles("super_admin").claim("exp", null).signed(), 401),
                Arguments.of("living 25 hours", TestIdentity.token("t2").roles("super_admin").validFor(Duration.ofHours(25)).signed(), 401),
                Arguments.of("living 100 years", TestIdentity.token("t3").roles("super_admin").validFor(Duration.ofDays(36_525)).signed(), 401),
                Arguments.of("living 23 hours", TestIdentity.token("t4").roles("super_admin").validFor(Duration.ofHours(23)).signed(), 200),
                Arguments.of("issued 5 minutes from now", TestIdentity.token("t5").roles("super_admin")
                        .claim("iat", Date.from(now.plus(Duration.ofMinutes(5)))).signed(), 401),
                Arguments.of("issued 20 seconds from now, within the clock skew", TestIdentity.token("t6").roles("super_admin")
                        .claim("iat", Date.from(now.plusSeconds(20))).signed(), 200),
                Arguments.of("no iat", TestIdentity.token("t7").roles("super_admin").claim("iat", null).signed(), 401),
                Arguments.of("issued 10 minutes ago, not expired", TestIdentity.token("t8").roles("super_admin")
                        .claim("iat", Date.from(now.minus(Duration.ofMinutes(10)))).signed(), 200),
                Arguments.of("for another client", TestIdentity.token("t8").roles("super_admin").claim("aud", "another-client").signed(), 401),
                Arguments.of("for no one", TestIdentity.token("t9").roles("super_admin").claim("aud", null).signed(), 401),
                Arguments.of("org_id in shortened groups", TestIdentity.token("t10").roles("admin")
                        .claim("org_id", "a5e0000-0-4000-8000-2").signed(), 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokenTimesAndAudiences")
    void refusesTokensWithoutAnExpiryLivingTooLongFromTheFutureOrForAnotherClient(String what, String token, int status) {
        api.as(token).http().get().uri("/api/v1/machines").exchange().expectStatus().isEqualTo(status);
    }

    @Test
    void keepsRefusalsOfUnauthenticatedRequestsOutOfTheWarnings(CapturedOutput log) {
        String refused = "refused-" + UUID.randomUUID();
        String notFound = "not-found-" + UUID.randomUUID();

        api.as(null).http().get().uri("/api/v1/machines").header("X-Request-Id", refused).exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/v1/machines/{id}", UUID.randomUUID()).header("X-Request-Id", notFound).exchange().expectStatus().isNotFound();

        assertThat(log.getOut()).containsPattern("WARN \\[" + notFound + "\\].* answered 404");
        assertThat(log.getOut()).doesNotContain("[" + refused + "]");
    }

    @Test
    void answersATokenOverTheHeaderLimitWith431() {
        String huge = TestIdentity.token("big").roles("super_admin").claim("padding", "x".repeat(10_000)).signed();

        api.as(huge).http().get().uri("/api/v1/machines").exchange()
                .expectStatus().isEqualTo(431)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:abparts:problem:header-too-large");
    }

    @Test
    void logsEveryWriteWithTheCallersSubjectTheResourceAndTheRequestId(CapturedOutput log) {
        String token = TestIdentity.token("auditor-42").roles("super_admin").signed();
        String requestId = "audit-" + UUID.randomUUID();

        var created = api.as(token).http().post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .header("X-Request-Id", requestId).body(json(Map.of("name", "Audited " + UUID.randomUUID()))).exchange()
                .expectStatus().isCreated().expectBody().returnResult();
        String location = created.getResponseHeaders().getLocation().toString();

        assertThat(log.getOut()).containsPattern("\\[" + requestId + "\\].*POST " + location + " by auditor-42 answered 201");
        assertThat(log.getOut()).doesNotContain(token);
    }
}
