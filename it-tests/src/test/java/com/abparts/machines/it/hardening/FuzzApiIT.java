package com.abparts.machines.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.MachinesApplication;
import com.abparts.machines.it.support.Api;
import com.abparts.machines.testdb.TestDatabaseConfiguration;
import com.abparts.machines.testidentity.TestIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Property-based fuzzing of the running service on real PostgreSQL: request bodies, query strings
 * and headers made of the API's own field and parameter names, as its OpenAPI document lists
 * them, and of hostile values (control characters, U+0000, unpaired surrogates, huge and negative
 * numbers, extreme dates, deep nesting, wrong JSON types, duplicate names). Whatever is sent, the
 * service answers with a status the document lists for the operation, never a 5xx; every 4xx is
 * a problem that says nothing internal, and leaves the database as it was.
 *
 * <p>The seed is fixed, so every build sends the same requests; jqwik prints it with each
 * property's report. To explore further, run with another {@code SEED}; to reproduce a failure,
 * the seed and the failing sample jqwik prints are all that is needed.
 */
class FuzzApiIT {

    static final String SEED = "20261202";
    private static final int TRIES = 150;

    private static final String MACHINES = "/api/v1/machines";
    private static final String ORGANIZATIONS = "/api/v1/organizations";
    private static final String JSON = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "java.", "javax.", "org.springframework", "tools.jackson",
            "org.postgresql", "SQLSTATE", "ERROR:", "org.apache", "com.abparts");
    private static final int LARGEST_PROBLEM = 64 * 1024;
    /** Stands for the content type the operation takes, in the headers generated. */
    private static final String PROPER = "{proper}";
    /** An id that no resource has, the same in every run. */
    private static final UUID UNKNOWN = UUID.fromString("5f0c8a3e-0000-4000-8000-000000000000");

    private static ConfigurableApplicationContext service;
    private static HttpClient client;
    private static JdbcClient database;
    private static String base;
    private static JsonNode openApi;
    private static UUID organization;
    private static UUID machine;
    private static final AtomicLong requests = new AtomicLong();

    @BeforeContainer
    static void startTheService() throws Exception {
        service = new SpringApplicationBuilder(MachinesApplication.class, TestDatabaseConfiguration.class)
                .initializers(new TestIdentity.Initializer())
                .properties("server.port=0", "management.server.port=0")
                .run();
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        base = "http://localhost:" + port;
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        database = service.getBean(JdbcClient.class);
        openApi = Api.parse(send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).GET()).body().getBytes(StandardCharsets.UTF_8));
        Api api = new Api(port, port);
        organization = api.createOrganization("Fuzzed " + UUID.randomUUID());
        machine = UUID.fromString(api.createMachine(Api.aMachine(organization, "FUZZ-" + UUID.randomUUID())).get("id").stringValue());
    }

    @AfterContainer
    static void stopTheService() {
        if (service != null) {
            service.close();
        }
        System.out.println("FuzzApiIT: " + requests.get() + " requests sent, seed " + SEED);
    }

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void registeringAnOrganization(@ForAll("organizationBodies") String body, @ForAll("headers") Map<String, String> headers)
            throws Exception {
        check("post", ORGANIZATIONS, "/api/v1/organizations", request(ORGANIZATIONS, headers, JSON).POST(body(body)));
    }

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void changingAnOrganization(@ForAll("organizationBodies") String body, @ForAll("headers") Map<String, String> headers,
            @ForAll("ids") String id) throws Exception {
        String path = ORGANIZATIONS + "/" + id.replace("{known}", organization.toString());
        check("patch", path, "/api/v1/organizations/{id}", request(path, headers, MERGE_PATCH).method("PATCH", body(body)));
    }

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void registeringAMachine(@ForAll("machineBodies") String body, @ForAll("headers") Map<String, String> headers) throws Exception {
        check("post", MACHINES, "/api/v1/machines", request(MACHINES, headers, JSON).POST(body(body)));
    }

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void replacingOrChangingAMachine(@ForAll("machineBodies") String body, @ForAll("headers") Map<String, String> headers,
            @ForAll("ids") String id, @ForAll boolean replace) throws Exception {
        String path = MACHINES + "/" + id.replace("{known}", machine.toString());
        check(replace ? "put" : "patch", path, "/api/v1/machines/{id}", request(path, headers, replace ? JSON : MERGE_PATCH).method(replace ? "PUT" : "PATCH", body(body)));
    }

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void listingMachines(@ForAll("machineQueries") String query, @ForAll("headers") Map<String, String> headers) throws Exception {
        check("get", MACHINES + query, "/api/v1/machines", request(MACHINES + query, headers, JSON).GET());
    }

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void listingOrganizations(@ForAll("organizationQueries") String query, @ForAll("headers") Map<String, String> headers)
            throws Exception {
        check("get", ORGANIZATIONS + query, "/api/v1/organizations", request(ORGANIZATIONS + query, headers, JSON).GET());
    }

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.BOUNDED)
    void readingOrDeletingAMachine(@ForAll("ids") String id, @ForAll("headers") Map<String, String> headers, @ForAll boolean delete)
            throws Exception {
        // the known machine is only read: deleting it would leave the writes above nothing to change
        String path = MACHINES + "/" + id.replace("{known}", machine.toString());
        boolean deletes = delete && !id.equals("{known}");
        check(deletes ? "delete" : "get", path, "/api/v1/machines/{id}", request(path, headers, JSON).method(deletes ? "DELETE" : "GET",
                HttpRequest.BodyPublishers.noBody()));
    }

    // what is sent

    @Provide
    Arbitrary<String> organizationBodies() {
        return bodies(requestFields("OrganizationInput"), Map.of("name", "\"Fuzzed {unique}\""));
    }

    @Provide
    Arbitrary<String> machineBodies() {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("customerOrganizationId", "\"{organization}\"");
        valid.put("modelType", "\"V4.0\"");
        valid.put("name", "\"Fuzzed unit\"");
        valid.put("serialNumber", "\"FUZZ-{unique}\"");
        valid.put("status", "\"active\"");
        valid.put("purchaseDate", "\"2024-01-15T00:00:00Z\"");
        valid.put("nextMaintenanceDate", "\"2025-09-01T08:00:00Z\"");
        return bodies(requestFields("MachineInput"), valid);
    }

    @Provide
    Arbitrary<String> machineQueries() {
        return queries(parameterNames("/api/v1/machines"));
    }

    @Provide
    Arbitrary<String> organizationQueries() {
        return queries(parameterNames("/api/v1/organizations"));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(Arbitraries.just("{known}"), Arbitraries.just(UNKNOWN.toString()),
                Arbitraries.of("not-a-uuid", "%00", "00000000-0000-0000-0000-00000000000g", "%2E%2E", "0", "-1",
                        "ffffffff-ffff-ffff-ffff-ffffffffffff", "x".repeat(300)));
    }

    @Provide
    Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> tag = Arbitraries.of("\"0\"", "\"1\", \"0\"", "W/\"0\"", "*", "\"\"", "\"", "\"abc\"", ",", "\"99999999999999999999\"",
                "\"-1\"", " \"0\" ,, \"2\" ");
        Arbitrary<String> ifMatch = Arbitraries.frequencyOf(Tuple.of(3, tag), Tuple.of(1, headerText()));
        Arbitrary<String> contentType = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(PROPER)), Tuple.of(4, Arbitraries.of(
                "application/json", "application/merge-patch+json", "text/plain", "application/json; charset=ISO-8859-1", "application/xml",
                "application/json; charset=nonsense", "*/*", "")));
        Arbitrary<String> accept = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("application/json", "*/*", "")), Tuple.of(1,
                Arbitraries.of("application/problem+json", "text/html", "application/xml", "application/json;q=0")));
        Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(Api.superAdminToken())), Tuple.of(4, Arbitraries.of(
                Api.adminOf(UNKNOWN), Api.userOf(UNKNOWN), "", "garbage", "a.b.c", TestIdentity.token("nobody").signed())));
        return Combinators.combine(ifMatch.injectNull(0.5), contentType, accept.injectNull(0.5), token, headerText().injectNull(0.7))
                .as((match, type, acceptable, bearer, requestId) -> {
                    Map<String, String> headers = new LinkedHashMap<>();
                    if (match != null) {
                        headers.put("If-Match", match);
                        headers.put("If-None-Match", match);
                    }
                    if (!type.isEmpty()) {
                        headers.put("Content-Type", type);
                    }
                    if (acceptable != null && !acceptable.isEmpty()) {
                        headers.put("Accept", acceptable);
                    }
                    if (!bearer.isEmpty()) {
                        headers.put("Authorization", "Bearer " + bearer);
                    }
                    if (requestId != null) {
                        headers.put("X-Request-Id", requestId);
                    }
                    return headers;
                });
    }

    /**
     * JSON objects written as text, so that names may repeat: a valid body with one or two of its
     * fields changed to hostile values, dropped or joined by others; objects of the given fields
     * and others, all hostile; broken JSON; deep nesting.
     */
    private static Arbitrary<String> bodies(List<String> fields, Map<String, String> valid) {
        Arbitrary<String> nearlyValid = Combinators.combine(Arbitraries.of(fields), jsonValue(), Arbitraries.of(fields), jsonValue(),
                Arbitraries.integers().between(0, 3)).as((first, firstValue, second, secondValue, how) -> {
                    Map<String, String> members = new LinkedHashMap<>(valid);
                    switch (how) {
                        case 0 -> members.put(first, firstValue);
                        case 1 -> members.remove(first);
                        case 2 -> {
                            members.put(first, firstValue);
                            members.put(second, secondValue);
                        }
                        default -> { } // valid as it is
                    }
                    return members.entrySet().stream().map(member -> jsonString(member.getKey()) + ":" + member.getValue())
                            .collect(Collectors.joining(",", "{", "}"));
                });
        return Arbitraries.frequencyOf(Tuple.of(5, nearlyValid), Tuple.of(4, anyObject(fields)));
    }

    private static Arbitrary<String> anyObject(List<String> fields) {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(fields), Arbitraries.of(fields), Arbitraries.of(fields),
                hostileText().ofMaxLength(20), Arbitraries.of("", "__proto__", "id", "version", "createdAt"));
        Arbitrary<String> member = Combinators.combine(name, jsonValue()).as((n, v) -> jsonString(n) + ":" + v);
        Arbitrary<String> object = member.list().ofMaxSize(12).map(members -> String.join(",", members)).map(members -> "{" + members + "}");
        Arbitrary<String> broken = Arbitraries.of("", "{", "}", "[]", "null", "\"text\"", "42", "{\"name\":}", "{\"name\" \"x\"}", "{'name':'x'}",
                "{\"name\":\"x\",}", "\u0000", "{\"name\":\"x\"}garbage");
        Arbitrary<String> deep = Arbitraries.integers().between(30, 200).map(n -> "{\"name\":" + "[".repeat(n) + "]".repeat(n) + "}");
        return Arbitraries.frequencyOf(Tuple.of(8, object), Tuple.of(1, broken), Tuple.of(1, deep));
    }

    private static Arbitrary<String> jsonValue() {
        Arbitrary<String> text = Arbitraries.oneOf(hostileText().ofMaxLength(40), timestamps(), Arbitraries.of("active", "ACTIVE", "inactive",
                "maintenance", "decommissioned", UNKNOWN.toString(), "V4.0"), Arbitraries.strings().alpha().ofLength(256),
                Arbitraries.strings().alpha().ofLength(10_001)).map(FuzzApiIT::jsonString);
        Arbitrary<String> number = Arbitraries.of("0", "-1", "1e400", "-1e400", "9223372036854775808", "0.1", "-0", "1" + "0".repeat(2000));
        Arbitrary<String> other = Arbitraries.of("true", "false", "null", "[]", "{}", "[\"a\"]", "{\"a\":1}");
        return Arbitraries.frequencyOf(Tuple.of(6, text), Tuple.of(2, number), Tuple.of(2, other));
    }

    private static Arbitrary<String> timestamps() {
        return Arbitraries.of("2025-07-25T14:25:00Z", "+20000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2025-13-45T25:61:61Z", "2025-07-25T14:25:00+25:00",
                "2025-07-25T14:25:00", "2025-07-25", "2025-07-25T14:25:00.1234567891Z", "1970-01-01T00:00:00+14:00", "  2025-07-25T14:25:00Z ");
    }

    /** A query string of the listing's own parameters and others, their values hostile, each percent-encoded as a client would. */
    private static Arbitrary<String> queries(List<String> parameters) {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(parameters), Arbitraries.of(parameters), hostileText().ofMaxLength(12));
        Arbitrary<String> value = Arbitraries.oneOf(hostileText().ofMaxLength(40), timestamps(),
                Arbitraries.of("createdAt,desc", "name,asc", "name,sideways", "nextMaintenanceDate", "0", "501", "-1", "1e3", "99999999999",
                        "active", "ACTIVE", UNKNOWN.toString(), "AAAA.BBBB", "", "garbage.garbage"));
        Arbitrary<String> parameter = Combinators.combine(name, value).as((n, v) -> encoded(n) + "=" + encoded(v));
        return parameter.list().ofMaxSize(8).map(list -> list.isEmpty() ? "" : "?" + String.join("&", list));
    }

    /** Text from letters, digits and the characters that break things: controls, U+0000, unpaired surrogates, quotes, emoji halves. */
    private static StringArbitrary hostileText() {
        return Arbitraries.strings().withCharRange('a', 'e').withCharRange('0', '2').withChars(' ', '\t', '\n', '\r', '\u0000', '\u0001',
                '\u001f', '\u007f', '"', '\\', '\'', ';', '%', '&', '=', ',', '\u00e9', '\u200b', '\ufeff', '\ufffd', '\ud800', '\udbff',
                '\udc00', '\udfff', '\ud83d', '\ude9c');
    }

    /** Header values stay within what HTTP lets a client send, visible ASCII and spaces, but are otherwise anything. */
    private static StringArbitrary headerText() {
        return Arbitraries.strings().withCharRange('!', '~').withChars(' ').ofMinLength(1).ofMaxLength(200);
    }

    // what is checked

    private static void check(String method, String target, String operation, HttpRequest.Builder request) throws Exception {
        String before = fingerprint();
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        String body = response.body();
        // jqwik prints how often each status came, so that a run that only ever sees 400s shows
        Statistics.collect(status);
        String described = method.toUpperCase() + " " + target + " answered " + status + ": " + body;

        assertThat(status).as(described).isLessThan(500);
        assertThat(documentedStatuses(operation, method)).as("statuses documented for %s %s; %s", method, operation, described)
                .contains(String.valueOf(status));
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(described).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = Api.parse(body.getBytes(StandardCharsets.UTF_8));
            assertThat(problem.get("status").intValue()).as(described).isEqualTo(status);
            assertThat(problem.has("title")).as(described).isTrue();
            assertThat(body.length()).as(described).isLessThan(LARGEST_PROBLEM);
            assertThat(fingerprint()).as("the database after %s", described).isEqualTo(before);
        }
        assertThat(body).as(described).doesNotContain(INTERNALS);
    }

    /** Every row of both tables, hashed: any change a request made shows. */
    private static String fingerprint() {
        return database.sql("SELECT (SELECT coalesce(md5(string_agg(m::text, '|' ORDER BY id)), '') FROM machines m)"
                + " || '/' || (SELECT coalesce(md5(string_agg(o::text, '|' ORDER BY id)), '') FROM organizations o)")
                .query(String.class).single();
    }

    private static Set<String> documentedStatuses(String path, String method) {
        JsonNode responses = openApi.path("paths").path(path).path(method).path("responses");
        assertThat(responses.isObject()).as("the OpenAPI document describes %s %s", method, path).isTrue();
        return new LinkedHashSet<>(responses.propertyNames());
    }

    private static List<String> requestFields(String schema) {
        List<String> fields = new ArrayList<>(openApi.path("components").path("schemas").path(schema).path("properties").propertyNames());
        assertThat(fields).as("the fields of %s in the OpenAPI document", schema).isNotEmpty();
        return fields;
    }

    private static List<String> parameterNames(String path) {
        List<String> names = new ArrayList<>();
        openApi.path("paths").path(path).path("get").path("parameters").forEach(parameter -> names.add(parameter.path("name").stringValue()));
        assertThat(names).as("the parameters of GET %s in the OpenAPI document", path).isNotEmpty();
        return names;
    }

    // how it is sent

    private static HttpRequest.Builder request(String target, Map<String, String> headers, String properType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30));
        headers.forEach((name, value) -> request.header(name, value.equals(PROPER) ? properType : value));
        if (!headers.containsKey("X-Request-Id")) {
            request.header("X-Request-Id", "fuzz-" + requests.get());
        }
        return request;
    }

    /** The body, with the known organization and a value no other body has where it asks for them. */
    private static HttpRequest.BodyPublisher body(String json) {
        String filled = json.replace("{organization}", organization.toString()).replace("{unique}", String.valueOf(requests.get()));
        return HttpRequest.BodyPublishers.ofString(filled, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        requests.incrementAndGet();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A JSON string that escapes everything but printable ASCII, so that unpaired surrogates and U+0000 arrive as they are. */
    private static String jsonString(String text) {
        return text.chars().mapToObj(c -> c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                : String.format("\\u%04x", c)).collect(Collectors.joining("", "\"", "\""));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
