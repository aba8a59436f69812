package com.abparts.machines.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.web.support.CursorCodec;
import com.abparts.machines.api.web.support.Paging;
import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.Position;
import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.RawHttp;
import com.abparts.machines.it.support.WithTestBeans;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Input that a hostile or careless client sends: each answers with a precise 4xx problem, never a
 * 500, and no answer grows with what was sent.
 */
@WithTestBeans
@ExtendWith(OutputCaptureExtension.class)
class HostileInputApiIT extends ApiTest {

    static final String CURSOR_SECRET = WithTestBeans.CURSOR_SECRET;

    @Test
    void refusesAnOrganizationNameWithU0000NamingTheField() {
        http.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).body(Api.json(Map.of("name", "a\u0000b")))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].message").isEqualTo("must not contain the character U+0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"modelType", "name", "serialNumber", "location", "notes"})
    void refusesU0000InAnyTextOfAMachineNamingTheField(String field) {
        var machine = Api.aMachine(api.createOrganization("Nul " + field + " " + UUID.randomUUID()), "NUL-" + UUID.randomUUID());
        machine.put(field, "a\u0000b");

        http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(Api.json(machine)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors.length()").isEqualTo(1).jsonPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void refusesAnUnpairedSurrogateNamingTheField() {
        http.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).body("{\"name\": \"Oraseas \\ud800\"}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].message").isEqualTo("must be valid Unicode: it holds an unpaired surrogate");
    }

    @Test
    void refusesARequestWithoutATokenBeforeReadingItsFormBody() {
        int status = RawHttp.statusBeforeTheBody(port(), "/api/v1/machines?x=1", "application/x-www-form-urlencoded", 1_500_000);

        assertThat(status).isEqualTo(401);
    }

    /** From the query-string check, security, Tomcat's own refusal and an unknown path: every problem names a trace. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/machines?modelType=%00", "/api/v1/machines", "/api/v1/organizations/%00", "/api/v1/no-such-thing"})
    void namesATraceInEveryProblemWhicheverLayerAnswers(String target) {
        String token = target.equals("/api/v1/machines") ? "not-a-token" : Api.superAdminToken();

        RawHttp.Response response = RawHttp.get(port(), target, token);

        assertThat(response.status()).isBetween(400, 499);
        JsonNode problem = Api.parse(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(problem.get("traceId")).as(response.body()).isNotNull();
        assertThat(problem.get("traceId").isString()).as(response.body()).isTrue();
        assertThat(problem.get("traceId").stringValue()).matches("[0-9a-f]{32}");
    }

    @Test
    void refusesU0000InAQueryParameterNamingIt() {
        RawHttp.Response inAValue = RawHttp.get(port(), "/api/v1/machines?modelType=%00", Api.superAdminToken());
        RawHttp.Response inAName = RawHttp.get(port(), "/api/v1/organizations?x%00y=1", Api.superAdminToken());

        assertThat(inAValue.status()).isEqualTo(400);
        assertThat(inAValue.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(Api.parse(inAValue.body().getBytes(StandardCharsets.UTF_8)).at("/errors/0/field").stringValue()).isEqualTo("modelType");
        assertThat(inAName.status()).isEqualTo(400);
        assertThat(Api.parse(inAName.body().getBytes(StandardCharsets.UTF_8)).at("/errors/0/field").stringValue()).isEqualTo("x\uFFFDy");
    }

    @Test
    void refusesAControlCharacterInAQueryParameterNamingIt() {
        RawHttp.Response response = RawHttp.get(port(), "/api/v1/organizations?cursor=&%09=1", Api.superAdminToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(Api.parse(response.body().getBytes(StandardCharsets.UTF_8)).at("/errors/0/message").stringValue())
                .isEqualTo("must not contain control characters or unassigned code points");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/organizations/%00", "/api/v1/machines;x=1", "/api/v1//machines", "/api/v1/machines/%2e%2e/x",
            "/api/v1/machines/a%2Fb", "/api/v1/machines/%5C", "/api/v1/machines/%25", "/api/v1/machines/%ff"})
    void answersAPathThatCannotBeReadWithAProblem(String target) {
        RawHttp.Response response = RawHttp.get(port(), target, Api.superAdminToken());

        assertThat(response.status()).as(target).isBetween(400, 499);
        assertThat(response.headers()).as(target).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(Api.parse(response.body().getBytes(StandardCharsets.UTF_8)).get("status").intValue()).isEqualTo(response.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+20000-01-01T00:00:00Z", "2025-09-01T08:00:00", "2025-09-01", "0000-12-31T00:00:00Z",
            "2025-09-01T08:00Z", "2025-09-01 08:00:00Z",
            "2025-09-01T08:00:00.1234567Z", "2025-09-01T08:00:00.000000001Z"})
    void refusesTimestampsThatAreNotRfc3339InTheYears0001To9999ToTheMicrosecond(String timestamp) {
        var machine = Api.aMachine(api.createOrganization("Dates " + UUID.randomUUID()), "DATE-" + UUID.randomUUID());
        machine.put("nextMaintenanceDate", timestamp);

        http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(Api.json(machine)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("nextMaintenanceDate");
    }

    @Test
    void acceptsTimestampsWithOffsetsAndWritesThemInUtc() {
        var machine = Api.aMachine(api.createOrganization("Offsets " + UUID.randomUUID()), "OFFSET-" + UUID.randomUUID());
        machine.put("nextMaintenanceDate", "9999-12-31T23:59:59.5+00:00");
        machine.put("purchaseDate", "0001-01-01T02:00:00+02:00");

        JsonNode created = api.createMachine(machine);

        assertThat(created.get("nextMaintenanceDate").stringValue()).isEqualTo("9999-12-31T23:59:59.500Z");
        assertThat(created.get("purchaseDate").stringValue()).isEqualTo("0001-01-01T00:00:00Z");
    }

    @Test
    void refusesAFilterTimestampBeyondTheYear9999() {
        http.get().uri("/api/v1/machines?warrantyExpiresBefore=%2B300000-01-01T00:00:00Z").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("warrantyExpiresBefore");
    }

    @Test
    void refusesAQueryStringThatIsNotPercentEncoded() {
        RawHttp.Response response = RawHttp.get(port(), "/api/v1/organizations?x=%zz", Api.superAdminToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response.body()).contains("percent-encoded UTF-8", "\"requestId\"");
    }

    @Test
    void refusesMoreThanAThousandQueryParameters() {
        String thousand = IntStream.range(0, 1000).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));

        http.get().uri("/api/v1/organizations?" + thousand).exchange().expectStatus().isOk();
        http.get().uri("/api/v1/organizations?" + thousand + "&one=more").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The query string has more than 1000 parameters.");
    }

    @Test
    void answersAMegabyteOfUnknownPropertiesWithAHundredErrorsAndTheTotal() {
        String body = IntStream.range(0, 85_000).mapToObj(i -> String.format("\"p%05d\":0", i)).collect(Collectors.joining(",", "{", "}"));
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1_048_576);

        var result = http.post().uri("/api/v1/machines").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors.length()").isEqualTo(100)
                .returnResult();
        JsonNode problem = Api.parse(result.getResponseBody());

        // 85,000 unknown ones, and the four required fields missing
        assertThat(problem.get("detail").stringValue()).isEqualTo("85004 fields are invalid; the first 100 are listed");
        assertThat(result.getResponseBody().length).isLessThan(32 * 1024);
    }

    @Test
    void refusesJsonNestedDeeperThanAnyBodyOfThisApi() {
        String deep = "{\"name\":" + "[".repeat(1_000) + "]".repeat(1_000) + "}";

        http.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).body(deep).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("32 levels"));
    }

    @Test
    void refusesAPropertyNamedTwice() {
        http.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"Kept " + UUID.randomUUID() + "\", \"name\": \"Or this one?\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("names a property twice"));
    }

    @Test
    void proceedsWhenAnyStrongTagOfIfMatchIsCurrent() {
        UUID organization = api.createOrganization("Tags " + UUID.randomUUID());

        patchName(organization, "\"3\", \"0\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        patchName(organization, "W/\"1\"").expectStatus().isEqualTo(412);
        patchName(organization, "\"7\", W/\"1\"").expectStatus().isEqualTo(412);
        patchName(organization, "*").expectStatus().isOk();
    }

    @Test
    void refusesACursorUnderAFilterSetWhoseJoinedTextWasTheSame() {
        UUID owner = api.createOrganization("Bindings " + UUID.randomUUID());
        api.createMachine(Api.aMachine(owner, "BIND-1-" + UUID.randomUUID()));
        api.createMachine(Api.aMachine(owner, "BIND-2-" + UUID.randomUUID()));
        String base = "/api/v1/machines?customerOrganizationId=" + owner + "&limit=1";
        String cursor = api.get(base + "&a=1&b=2").get("nextCursor").stringValue();

        http.get().uri(base + "&a=1&b=2&cursor=" + cursor).exchange().expectStatus().isOk();
        http.get().uri(base + "&a=1, b=2&cursor=" + cursor).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    @Test
    void refusesACorrectlySignedCursorThatHoldsNoPosition() {
        CursorCodec codec = new CursorCodec(CURSOR_SECRET.getBytes(StandardCharsets.UTF_8));
        String binding = Paging.cursorBinding(new MockHttpServletRequest("GET", "/api/v1/machines"), "createdAt,desc", Scope.everything());
        String signed = codec.encode(new Position("not a timestamp", UUID.randomUUID()), binding);
        String wellFormed = codec.encode(new Position("2025-07-25T14:25:00Z", UUID.randomUUID()), binding);

        http.get().uri("/api/v1/machines?cursor=" + wellFormed).exchange().expectStatus().isOk();
        http.get().uri("/api/v1/machines?cursor=" + signed).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    @Test
    void answersADataExceptionOfPostgresWith400AndLogsItWithoutAStackTrace(CapturedOutput log) {
        var result = http.get().uri("/test/cast?text=not-a-number").header("X-Request-Id", "hostile-22").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.requestId").isEqualTo("hostile-22")
                .returnResult();

        assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8)).doesNotContain("SQL", "integer", "Exception");
        assertThat(log.getOut()).contains("[hostile-22]", "SQLSTATE 22P02", "WARN").doesNotContain("\tat org.postgresql");
    }

    @Test
    void logsAClientErrorAtWarnInOneLine(CapturedOutput log) {
        http.get().uri("/api/v1/machines?limit=0").header("X-Request-Id", "hostile-limit").exchange().expectStatus().isBadRequest();

        String line = log.getOut().lines().filter(each -> each.contains("[hostile-limit]")).findFirst().orElseThrow();
        assertThat(line).contains("WARN", "GET /api/v1/machines answered 400", "limit must be a whole number");
        assertThat(log.getOut()).doesNotContain("InvalidRequestException");
    }

    private RestTestClient.ResponseSpec patchName(UUID organization, String ifMatch) {
        return http.patch().uri("/api/v1/organizations/{id}", organization).contentType(Api.MERGE_PATCH)
                .header(HttpHeaders.IF_MATCH, ifMatch)
                .body("{\"name\": \"Tags " + UUID.randomUUID() + "\"}").exchange();
    }
}
