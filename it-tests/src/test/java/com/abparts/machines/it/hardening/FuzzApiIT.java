package com.abparts.machines.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.MachinesApplication;
import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.SmallPools;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzing of the running service on real PostgreSQL: request bodies, query strings and headers
 * made of the API's own field and parameter names, as its OpenAPI document lists them, and of
 * hostile values (control characters, U+0000, unpaired surrogates, huge and negative numbers,
 * extreme dates, deep nesting, wrong JSON types, duplicate names). Whatever is sent, the service
 * answers with a status the document lists for the operation, never a 5xx; every 4xx is a problem
 * that says nothing internal, and leaves the database as it was.
 *
 * <p>Each request is a test of its own, drawn by {@link Hostile} from a fixed seed, so every build
 * sends the same requests; the seed is printed at the start. To explore further, run with
 * {@code -Dabparts.fuzz.seed=…}; a failure prints the whole request that caused it, to replay.
 */
class FuzzApiIT {

    static final long DEFAULT_SEED = 20261202L;
    private static final long SEED = Long.getLong("abparts.fuzz.seed", DEFAULT_SEED);
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
    /** Stands for the id of the resource made at the start, in the ids generated. */
    private static final String KNOWN = "{known}";
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
    private static final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();

    @BeforeAll
    static void startTheService() throws Exception {
        System.out.println("[fuzz] seed=" + SEED);
        service = new SpringApplicationBuilder(MachinesApplication.class, TestDatabaseConfiguration.class)
                .initializers(new TestIdentity.Initializer())
                .properties("server.port=0", "management.server.port=0", SmallPools.MAXIMUM, SmallPools.MINIMUM_IDLE, SmallPools.IDLE_TIMEOUT)
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

    @AfterAll
    static void stopTheService() {
        if (service != null) {
            service.close();
        }
        System.out.println("[fuzz] " + requests.get() + " requests sent, seed " + SEED);
        statuses.forEach((operation, answered) -> System.out.println("[fuzz] " + operation + " answered " + answered));
    }

    @TestFactory
    Stream<DynamicTest> registeringAnOrganization() {
        Hostile hostile = new Hostile("registeringAnOrganization");
        List<String> fields = requestFields("OrganizationInput");
        return tries(() -> {
            Sample body = hostile.body(fields, aValidOrganization());
            Map<String, String> headers = hostile.headers();
            return new Fuzzed(body.kind(), "POST", ORGANIZATIONS, "/api/v1/organizations", JSON, headers, body.value());
        });
    }

    @TestFactory
    Stream<DynamicTest> changingAnOrganization() {
        Hostile hostile = new Hostile("changingAnOrganization");
        List<String> fields = requestFields("OrganizationInput");
        return tries(() -> {
            Sample body = hostile.body(fields, aValidOrganization());
            Map<String, String> headers = hostile.headers();
            Sample id = hostile.id();
            String path = ORGANIZATIONS + "/" + id.value().replace(KNOWN, organization.toString());
            return new Fuzzed(id.kind() + ", " + body.kind(), "PATCH", path, "/api/v1/organizations/{id}", MERGE_PATCH, headers,
                    body.value());
        });
    }

    @TestFactory
    Stream<DynamicTest> registeringAMachine() {
        Hostile hostile = new Hostile("registeringAMachine");
        List<String> fields = requestFields("MachineInput");
        return tries(() -> {
            Sample body = hostile.body(fields, aValidMachine());
            Map<String, String> headers = hostile.headers();
            return new Fuzzed(body.kind(), "POST", MACHINES, "/api/v1/machines", JSON, headers, body.value());
        });
    }

    @TestFactory
    Stream<DynamicTest> replacingOrChangingAMachine() {
        Hostile hostile = new Hostile("replacingOrChangingAMachine");
        List<String> fields = requestFields("MachineInput");
        return tries(() -> {
            Sample body = hostile.body(fields, aValidMachine());
            Map<String, String> headers = hostile.headers();
            Sample id = hostile.id();
            boolean replace = hostile.chance(50);
            String path = MACHINES + "/" + id.value().replace(KNOWN, machine.toString());
            return new Fuzzed(id.kind() + ", " + body.kind(), replace ? "PUT" : "PATCH", path, "/api/v1/machines/{id}",
                    replace ? JSON : MERGE_PATCH, headers, body.value());
        });
    }

    @TestFactory
    Stream<DynamicTest> listingMachines() {
        Hostile hostile = new Hostile("listingMachines");
        List<String> parameters = parameterNames("/api/v1/machines");
        return tries(() -> {
            Sample query = hostile.query(parameters);
            Map<String, String> headers = hostile.headers();
            return new Fuzzed(query.kind(), "GET", MACHINES + query.value(), "/api/v1/machines", JSON, headers, null);
        });
    }

    @TestFactory
    Stream<DynamicTest> listingOrganizations() {
        Hostile hostile = new Hostile("listingOrganizations");
        List<String> parameters = parameterNames("/api/v1/organizations");
        return tries(() -> {
            Sample query = hostile.query(parameters);
            Map<String, String> headers = hostile.headers();
            return new Fuzzed(query.kind(), "GET", ORGANIZATIONS + query.value(), "/api/v1/organizations", JSON, headers, null);
        });
    }

    @TestFactory
    Stream<DynamicTest> readingOrDeletingAMachine() {
        Hostile hostile = new Hostile("readingOrDeletingAMachine");
        return tries(() -> {
            Sample id = hostile.id();
            Map<String, String> headers = hostile.headers();
            // the known machine is only read: deleting it would leave the writes above nothing to change
            boolean deletes = hostile.chance(50) && !id.value().equals(KNOWN);
            String path = MACHINES + "/" + id.value().replace(KNOWN, machine.toString());
            return new Fuzzed(id.kind(), deletes ? "DELETE" : "GET", path, "/api/v1/machines/{id}", JSON, headers, null);
        });
    }

    /** {@link #TRIES} requests, each a test named by its place and its kind, so that the report tells them apart. */
    private static Stream<DynamicTest> tries(Supplier<Fuzzed> generated) {
        return IntStream.rangeClosed(1, TRIES).mapToObj(index -> {
            Fuzzed fuzzed = generated.get();
            return DynamicTest.dynamicTest("#" + index + " " + fuzzed.method() + " " + fuzzed.kind(), () -> check(fuzzed));
        });
    }

    // what is sent

    /**
     * One request as generated, with the kind of input it carries for the test's name; {@code body}
     * {@code null}: none. Its body's placeholders and the {@link FuzzApiIT#PROPER} content type are
     * filled in when it is sent.
     */
    private record Fuzzed(String kind, String method, String target, String operation, String properType, Map<String, String> headers,
            String body) {
    }

    /** A generated value and the kind of value it is, for the test's name. */
    private record Sample(String kind, String value) {
    }

    private static Map<String, String> aValidOrganization() {
        return Map.of("name", "\"Fuzzed {unique}\"");
    }

    private static Map<String, String> aValidMachine() {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("customerOrganizationId", "\"{organization}\"");
        valid.put("modelType", "\"V4.0\"");
        valid.put("name", "\"Fuzzed unit\"");
        valid.put("serialNumber", "\"FUZZ-{unique}\"");
        valid.put("status", "\"active\"");
        valid.put("purchaseDate", "\"2024-01-15T00:00:00Z\"");
        valid.put("nextMaintenanceDate", "\"2025-09-01T08:00:00Z\"");
        return valid;
    }

    /**
     * Hostile input, drawn from a generator seeded with {@link FuzzApiIT#SEED} and the test's name:
     * each test sends the same requests whichever tests run, and in whichever order. The lists hold
     * the values that break services; lengths, letters and choices among them are random.
     */
    private static final class Hostile {

        private static final List<String> TAGS = List.of("\"0\"", "\"1\", \"0\"", "W/\"0\"", "*", "\"\"", "\"", "\"abc\"", ",",
                "\"99999999999999999999\"", "\"-1\"", " \"0\" ,, \"2\" ");
        private static final List<String> CONTENT_TYPES = List.of("application/json", "application/merge-patch+json", "text/plain",
                "application/json; charset=ISO-8859-1", "application/xml", "application/json; charset=nonsense", "*/*", "");
        private static final List<String> USUAL_ACCEPTS = List.of("application/json", "*/*", "");
        private static final List<String> ODD_ACCEPTS = List.of("application/problem+json", "text/html", "application/xml",
                "application/json;q=0");
        private static final List<String> ODD_IDS = List.of("not-a-uuid", "%00", "00000000-0000-0000-0000-00000000000g", "%2E%2E", "0",
                "-1", "ffffffff-ffff-ffff-ffff-ffffffffffff", "x".repeat(300));
        private static final List<String> ODD_NAMES = List.of("", "__proto__", "id", "version", "createdAt");
        private static final List<String> BROKEN = List.of("", "{", "}", "[]", "null", "\"text\"", "42", "{\"name\":}", "{\"name\" \"x\"}",
                "{'name':'x'}", "{\"name\":\"x\",}", "\u0000", "{\"name\":\"x\"}garbage");
        private static final List<String> WORDS = List.of("active", "ACTIVE", "inactive", "maintenance", "decommissioned",
                UNKNOWN.toString(), "V4.0");
        private static final List<String> NUMBERS = List.of("0", "-1", "1e400", "-1e400", "9223372036854775808", "0.1", "-0",
                "1" + "0".repeat(2000));
        private static final List<String> OTHER_VALUES = List.of("true", "false", "null", "[]", "{}", "[\"a\"]", "{\"a\":1}");
        private static final List<String> TIMESTAMPS = List.of("2025-07-25T14:25:00Z", "+20000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2025-13-45T25:61:61Z",
                "2025-07-25T14:25:00+25:00", "2025-07-25T14:25:00", "2025-07-25", "2025-07-25T14:25:00.1234567891Z",
                "1970-01-01T00:00:00+14:00", "  2025-07-25T14:25:00Z ");
        private static final List<String> QUERY_VALUES = List.of("createdAt,desc", "name,asc", "name,sideways", "nextMaintenanceDate", "0",
                "501", "-1", "1e3", "99999999999", "active", "ACTIVE", UNKNOWN.toString(), "AAAA.BBBB", "", "garbage.garbage");
        /** Letters, digits and the characters that break things: controls, U+0000, unpaired surrogates, quotes, emoji halves. */
        private static final char[] HOSTILE_CHARACTERS = {'a', 'b', 'c', 'd', 'e', '0', '1', '2', ' ', '\t', '\n', '\r', '\u0000', '\u0001',
                '\u001f', '\u007f', '"', '\\', '\'', ';', '%', '&', '=', ',', '\u00e9', '\u200b', '\ufeff', '\ufffd', '\ud800', '\udbff',
                '\udc00', '\udfff', '\ud83d', '\ude9c'};
        private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

        private final RandomGenerator random;
        private final String superAdmin = Api.superAdminToken();
        private final List<String> otherTokens = List.of(Api.adminOf(UNKNOWN), Api.userOf(UNKNOWN), "", "garbage", "a.b.c",
                TestIdentity.token("nobody").signed());

        Hostile(String test) {
            random = new SplittableRandom(SEED ^ test.hashCode());
        }

        /** The headers a request carries; an empty value leaves its header out. */
        Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            if (chance(50)) {
                String tag = weighted(3, 1) == 0 ? oneOf(TAGS) : headerText();
                headers.put("If-Match", tag);
                headers.put("If-None-Match", tag);
            }
            String type = weighted(12, 4) == 0 ? PROPER : oneOf(CONTENT_TYPES);
            if (!type.isEmpty()) {
                headers.put("Content-Type", type);
            }
            if (chance(50)) {
                String acceptable = weighted(6, 1) == 0 ? oneOf(USUAL_ACCEPTS) : oneOf(ODD_ACCEPTS);
                if (!acceptable.isEmpty()) {
                    headers.put("Accept", acceptable);
                }
            }
            String bearer = weighted(12, 4) == 0 ? superAdmin : oneOf(otherTokens);
            if (!bearer.isEmpty()) {
                headers.put("Authorization", "Bearer " + bearer);
            }
            if (chance(30)) {
                headers.put("X-Request-Id", headerText());
            }
            return headers;
        }

        /** The id in a resource's path: the one made at the start ({@link FuzzApiIT#KNOWN}), one no resource has, or one hardly an id. */
        Sample id() {
            return switch (random.nextInt(3)) {
                case 0 -> new Sample("known id", KNOWN);
                case 1 -> new Sample("unknown id", UNKNOWN.toString());
                default -> new Sample("odd id", oneOf(ODD_IDS));
            };
        }

        /**
         * A JSON object written as text, so that names may repeat: a valid body with one or two of
         * its fields changed to hostile values, dropped or joined by others; objects of the given
         * fields and others, all hostile; broken JSON; deep nesting.
         */
        Sample body(List<String> fields, Map<String, String> valid) {
            return weighted(5, 4) == 0 ? nearlyValid(fields, valid) : anyObject(fields);
        }

        private Sample nearlyValid(List<String> fields, Map<String, String> valid) {
            Map<String, String> members = new LinkedHashMap<>(valid);
            String kind = switch (random.nextInt(4)) {
                case 0 -> {
                    members.put(oneOf(fields), jsonValue());
                    yield "body with a hostile field";
                }
                case 1 -> {
                    members.remove(oneOf(fields));
                    yield "body without a field";
                }
                case 2 -> {
                    members.put(oneOf(fields), jsonValue());
                    members.put(oneOf(fields), jsonValue());
                    yield "body with two hostile fields";
                }
                default -> "valid body";
            };
            String json = members.entrySet().stream().map(member -> jsonString(member.getKey()) + ":" + member.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
            return new Sample(kind, json);
        }

        private Sample anyObject(List<String> fields) {
            return switch (weighted(8, 1, 1)) {
                case 0 -> new Sample("hostile object", IntStream.range(0, random.nextInt(13)).mapToObj(index -> member(fields))
                        .collect(Collectors.joining(",", "{", "}")));
                case 1 -> new Sample("broken JSON", oneOf(BROKEN));
                default -> {
                    int depth = between(30, 200);
                    yield new Sample("nested " + depth + " deep", "{\"name\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
                }
            };
        }

        private String member(List<String> fields) {
            String name = switch (weighted(3, 1, 1)) {
                case 0 -> oneOf(fields);
                case 1 -> hostileText(20);
                default -> oneOf(ODD_NAMES);
            };
            return jsonString(name) + ":" + jsonValue();
        }

        private String jsonValue() {
            return switch (weighted(6, 2, 2)) {
                case 0 -> jsonString(textValue());
                case 1 -> oneOf(NUMBERS);
                default -> oneOf(OTHER_VALUES);
            };
        }

        private String textValue() {
            return switch (random.nextInt(5)) {
                case 0 -> hostileText(40);
                case 1 -> oneOf(TIMESTAMPS);
                case 2 -> oneOf(WORDS);
                case 3 -> letters(256);
                default -> letters(10_001);
            };
        }

        /** A query string of the listing's own parameters and others, their values hostile, each percent-encoded as a client would. */
        Sample query(List<String> parameters) {
            int count = random.nextInt(9);
            String query = IntStream.range(0, count).mapToObj(index -> encoded(parameterName(parameters)) + "=" + encoded(queryValue()))
                    .collect(Collectors.joining("&"));
            return new Sample(count + (count == 1 ? " query parameter" : " query parameters"), count == 0 ? "" : "?" + query);
        }

        private String parameterName(List<String> parameters) {
            return weighted(2, 1) == 0 ? oneOf(parameters) : hostileText(12);
        }

        private String queryValue() {
            return switch (random.nextInt(3)) {
                case 0 -> hostileText(40);
                case 1 -> oneOf(TIMESTAMPS);
                default -> oneOf(QUERY_VALUES);
            };
        }

        private String hostileText(int longest) {
            return text(random.nextInt(longest + 1), () -> HOSTILE_CHARACTERS[random.nextInt(HOSTILE_CHARACTERS.length)]);
        }

        private String letters(int length) {
            return text(length, () -> LETTERS.charAt(random.nextInt(LETTERS.length())));
        }

        /** Header values stay within what HTTP lets a client send, visible ASCII and spaces, but are otherwise anything. */
        private String headerText() {
            return text(between(1, 200), () -> random.nextInt(' ', '~' + 1));
        }

        private static String text(int length, IntSupplier character) {
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append((char) character.getAsInt());
            }
            return text.toString();
        }

        boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private int between(int least, int most) {
            return random.nextInt(least, most + 1);
        }

        private <T> T oneOf(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        /** The index of one of the weights, drawn as often as its share of their sum: (3, 1) gives 0 three times in four. */
        private int weighted(int... weights) {
            int draw = random.nextInt(IntStream.of(weights).sum());
            int index = 0;
            while (draw >= weights[index]) {
                draw -= weights[index];
                index++;
            }
            return index;
        }
    }

    // what is checked

    private static void check(Fuzzed fuzzed) throws Exception {
        String before = fingerprint();
        String unique = String.valueOf(requests.get());
        Map<String, String> headers = new LinkedHashMap<>();
        fuzzed.headers().forEach((name, value) -> headers.put(name, value.equals(PROPER) ? fuzzed.properType() : value));
        headers.putIfAbsent("X-Request-Id", "fuzz-" + unique);
        String sentBody = fuzzed.body() == null ? null
                : fuzzed.body().replace("{organization}", organization.toString()).replace("{unique}", unique);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + fuzzed.target())).timeout(Duration.ofSeconds(30))
                .method(fuzzed.method(), sentBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(sentBody, StandardCharsets.UTF_8));
        headers.forEach(request::header);

        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        String body = response.body();
        // counted per operation and printed at the end, so that a run that only ever sees 400s shows
        statuses.computeIfAbsent(fuzzed.method() + " " + fuzzed.operation(), operation -> new TreeMap<>()).merge(status, 1, Integer::sum);
        String method = fuzzed.method().toLowerCase(Locale.ROOT);
        String described = asSent(fuzzed.method(), fuzzed.target(), headers, sentBody) + "answered " + status + ": " + body;

        assertThat(status).as(described).isLessThan(500);
        assertThat(documentedStatuses(fuzzed.operation(), method)).as("statuses documented for %s %s; %s", method, fuzzed.operation(),
                described).contains(String.valueOf(status));
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

    /** The request whole, as it went on the wire, so that a failure can be replayed with any HTTP client. */
    private static String asSent(String method, String target, Map<String, String> headers, String body) {
        StringBuilder request = new StringBuilder().append(method).append(' ').append(target).append('\n');
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append('\n'));
        if (body != null) {
            request.append('\n').append(body).append('\n');
        }
        return request.toString();
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
