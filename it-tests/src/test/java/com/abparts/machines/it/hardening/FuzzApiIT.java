package com.abparts.machines.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.api.MachinesApplication;
import com.abparts.machines.it.support.Api;
import com.abparts.machines.it.support.SmallPools;
import com.abparts.machines.testdb.TestDatabaseConfiguration;
import com.abparts.machines.testidentity.TestIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import java.util.concurrent.atomic.AtomicInteger;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzing of the running service on real PostgreSQL, with requests of three kinds, drawn from a seed:
 *
 * <ul>
 *   <li><b>hostile but valid</b>: proper requests whose values are as odd as the contract allows
 *       (any Unicode the database stores, controls, white space around, lengths at the limits,
 *       offsets and fractions, the years 0001 and 9999). They must succeed, and what is read back
 *       equals what was sent after the normalisation docs/api.md documents: strings stripped, a
 *       blank optional string {@code null}, timestamps the same instant written in UTC;
 *   <li><b>one fault</b>: a proper request wrong in one way the contract names (no token, a wrong
 *       content type, broken JSON, an unknown status, an unknown id, a stale {@code If-Match}…),
 *       answered with exactly the status docs/api.md gives that fault;
 *   <li><b>anything</b>: field and parameter names of the OpenAPI document with hostile values,
 *       headers and bodies mixed at random, answered with a status the document lists.
 * </ul>
 *
 * <p>Whatever is sent, there is never a 5xx; every 4xx is a problem that says nothing internal and
 * leaves the database as it was. Each request is a test of its own, drawn by {@link Hostile} from a
 * fixed seed, so every build sends the same requests; the seed is printed at the start. To explore
 * further, run with {@code -Dabparts.fuzz.seed=…}; a failure prints the whole request, to replay.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    private static final String HEX = "0123456789abcdef";
    /** Stands for the content type the operation takes, in the headers generated. */
    private static final String PROPER = "{proper}";
    /** Stands for the id of the resource made at the start, in the ids generated. */
    private static final String KNOWN = "{known}";
    /** An id that no resource has, the same in every run. */
    private static final UUID UNKNOWN = UUID.fromString("5f0c8a3e-0000-4000-8000-000000000000");
    private static final Set<String> MACHINE_TEXTS = Set.of("modelType", "name", "serialNumber", "location", "notes");
    private static final List<String> MACHINE_DATES = List.of("purchaseDate", "warrantyExpiryDate", "lastMaintenanceDate",
            "nextMaintenanceDate");
    private static final List<String> STATUSES = List.of("active", "inactive", "maintenance", "decommissioned");

    private static ConfigurableApplicationContext service;
    private static HttpClient client;
    private static JdbcClient database;
    private static String base;
    private static JsonNode openApi;
    private static UUID organization;
    private static UUID machine;
    private static String takenSerialNumber;
    private static String takenOrganizationName;
    private static final AtomicLong requests = new AtomicLong();
    private static final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private static final AtomicInteger validMachineWrites = new AtomicInteger();
    private static final AtomicInteger machineWritesReadBack = new AtomicInteger();

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
        takenSerialNumber = "TAKEN-" + UUID.randomUUID();
        api.createMachine(Api.aMachine(organization, takenSerialNumber));
        takenOrganizationName = "Taken " + UUID.randomUUID();
        api.createOrganization(takenOrganizationName);
    }

    @AfterAll
    static void stopTheService() {
        if (service != null) {
            service.close();
        }
        System.out.println("[fuzz] " + requests.get() + " requests sent, seed " + SEED + "; " + machineWritesReadBack.get() + " of "
                + 2 * TRIES + " machine writes were accepted and read back as sent");
        statuses.forEach((operation, answered) -> System.out.println("[fuzz] " + operation + " answered " + answered));
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> registeringAnOrganization() {
        Hostile hostile = new Hostile("registeringAnOrganization");
        List<String> fields = requestFields("OrganizationInput");
        return tries(() -> hostile.write("POST", ORGANIZATIONS, "/api/v1/organizations", JSON, fields, hostile.organization(), null,
                Share.FEW_VALID));
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> changingAnOrganization() {
        Hostile hostile = new Hostile("changingAnOrganization");
        List<String> fields = requestFields("OrganizationInput");
        return tries(() -> hostile.write("PATCH", ORGANIZATIONS, "/api/v1/organizations/{id}", MERGE_PATCH, fields, hostile.organization(),
                organization, Share.FEW_VALID));
    }

    @TestFactory
    @Order(3)
    Stream<DynamicTest> registeringAMachine() {
        Hostile hostile = new Hostile("registeringAMachine");
        List<String> fields = requestFields("MachineInput");
        return tries(() -> hostile.write("POST", MACHINES, "/api/v1/machines", JSON, fields, hostile.machine(true), null, Share.MOSTLY_VALID));
    }

    @TestFactory
    @Order(4)
    Stream<DynamicTest> replacingOrChangingAMachine() {
        Hostile hostile = new Hostile("replacingOrChangingAMachine");
        List<String> fields = requestFields("MachineInput");
        return tries(() -> {
            boolean replace = hostile.chance(50);
            return hostile.write(replace ? "PUT" : "PATCH", MACHINES, "/api/v1/machines/{id}", replace ? JSON : MERGE_PATCH, fields,
                    hostile.machine(replace), machine, Share.MOSTLY_VALID);
        });
    }

    @TestFactory
    @Order(5)
    Stream<DynamicTest> listingMachines() {
        Hostile hostile = new Hostile("listingMachines");
        List<String> parameters = parameterNames("/api/v1/machines");
        return tries(() -> hostile.listing(MACHINES, "/api/v1/machines", parameters, true));
    }

    @TestFactory
    @Order(6)
    Stream<DynamicTest> listingOrganizations() {
        Hostile hostile = new Hostile("listingOrganizations");
        List<String> parameters = parameterNames("/api/v1/organizations");
        return tries(() -> hostile.listing(ORGANIZATIONS, "/api/v1/organizations", parameters, false));
    }

    @TestFactory
    @Order(7)
    Stream<DynamicTest> readingOrDeletingAMachine() {
        Hostile hostile = new Hostile("readingOrDeletingAMachine");
        return tries(hostile::readOrDelete);
    }

    /** The point of the valid share: hostile values reach PostgreSQL and come back intact, not only refusals. */
    @Test
    @Order(8)
    void aGoodShareOfTheMachineWritesReachedTheDatabaseAndReadBackAsSent() {
        assertThat(validMachineWrites.get()).as("hostile but valid machine writes among the %d sent", 2 * TRIES)
                .isGreaterThanOrEqualTo(2 * TRIES * 2 / 5);
        assertThat(machineWritesReadBack.get()).as("valid machine writes accepted and read back").isEqualTo(validMachineWrites.get());
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
     * {@code null}: none. Its placeholders and the {@link FuzzApiIT#PROPER} content type are filled in
     * when it is sent. {@code expected}: the statuses the contract gives this kind of input, empty
     * where it is any the document lists; {@code sent}: for a valid write, the fields it states.
     */
    private record Fuzzed(String kind, String method, String target, String operation, String properType, Map<String, String> headers,
            String body, Set<Integer> expected, Map<String, Object> sent) {

        Fuzzed(String kind, String method, String target, String operation, String properType, Map<String, String> headers, String body) {
            this(kind, method, target, operation, properType, headers, body, Set.of(), null);
        }

        Fuzzed expecting(int status) {
            return new Fuzzed(kind, method, target, operation, properType, headers, body, Set.of(status), sent);
        }
    }

    /** A generated value and the kind of value it is, for the test's name. */
    private record Sample(String kind, String value) {
    }

    /** How many of an operation's requests are hostile but valid, with one fault, or anything. */
    private enum Share {
        MOSTLY_VALID(5, 3, 2), FEW_VALID(3, 4, 3);

        private final int[] weights;

        Share(int... weights) {
            this.weights = weights;
        }
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
        private static final List<String> NOT_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "0", "-1",
                "x".repeat(300));
        private static final List<String> ODD_NAMES = List.of("", "__proto__", "id", "version", "createdAt");
        private static final List<String> BROKEN = List.of("", "{", "}", "[]", "null", "\"text\"", "42", "{\"name\":}", "{\"name\" \"x\"}",
                "{'name':'x'}", "{\"name\":\"x\",}", "\u0000", "{\"name\":\"x\"}garbage");
        private static final List<String> WORDS = List.of("active", "ACTIVE", "inactive", "maintenance", "decommissioned",
                UNKNOWN.toString(), "V4.0");
        private static final List<String> NUMBERS = List.of("0", "-1", "1e400", "-1e400", "9223372036854775808", "0.1", "-0",
                "1" + "0".repeat(2000));
        private static final List<String> OTHER_VALUES = List.of("true", "false", "null", "[]", "{}", "[\"a\"]", "{\"a\":1}");
        private static final List<String> NOT_STRINGS = List.of("42", "-0.5", "true", "[]", "[\"a\"]", "{\"a\":1}");
        private static final List<String> TIMESTAMPS = List.of("2025-07-25T14:25:00Z", "+20000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2025-13-45T25:61:61Z",
                "2025-07-25T14:25:00+25:00", "2025-07-25T14:25:00", "2025-07-25", "2025-07-25T14:25:00.1234567891Z",
                "1970-01-01T00:00:00+14:00", "  2025-07-25T14:25:00Z ");
        private static final List<String> NOT_TIMESTAMPS = List.of("+20000-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "2025-13-45T25:61:61Z", "2025-07-25T14:25:00+25:00", "2025-07-25T14:25:00", "2025-07-25", "2025-07-25T14:25:00.1234567Z",
                "9999-12-31T23:59:59.999999999Z", "yesterday");
        private static final List<String> QUERY_VALUES = List.of("createdAt,desc", "name,asc", "name,sideways", "nextMaintenanceDate", "0",
                "501", "-1", "1e3", "99999999999", "active", "ACTIVE", UNKNOWN.toString(), "AAAA.BBBB", "", "garbage.garbage");
        /** Letters, digits and the characters that break things: controls, U+0000, unpaired surrogates, quotes, emoji halves. */
        private static final char[] HOSTILE_CHARACTERS = {'a', 'b', 'c', 'd', 'e', '0', '1', '2', ' ', '\t', '\n', '\r', '\u0000', '\u0001',
                '\u001f', '\u007f', '"', '\\', '\'', ';', '%', '&', '=', ',', '\u00e9', '\u200b', '\ufeff', '\ufffd', '\ud800', '\udbff',
                '\udc00', '\udfff', '\ud83d', '\ude9c'};
        /**
         * Code points PostgreSQL stores that are not white space to {@link String#strip()}: controls,
         * quotes, a no-break space, zero-width and bidi characters, a lone combining accent, CJK, an
         * emoji beyond the BMP, U+FFFD.
         */
        private static final int[] ODD_BUT_STORABLE = {'a', 'Z', '7', '"', '\\', '\'', ';', '%', '\u0001', '\u007f', '\u00a0', '\u00e9',
                '\u0301', '\u200b', '\u202e', '\u4e2d', '\ufeff', '\ufffd', 0x1F69C, 0x10FFFD};
        /** White space that {@link String#strip()} takes off the ends, as the service does. */
        private static final int[] WHITE_SPACE = {' ', '\t', '\n', '\r', '\u001f', '\u2003', '\u3000'};
        private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        private static final long YEAR_0002 = Instant.parse("0002-01-01T00:00:00Z").getEpochSecond();
        private static final long YEAR_9998 = Instant.parse("9998-12-31T00:00:00Z").getEpochSecond();

        private final RandomGenerator random;
        private final String superAdmin = Api.superAdminToken();
        private final List<String> otherTokens = List.of(Api.adminOf(UNKNOWN), Api.userOf(UNKNOWN), "", "garbage", "a.b.c",
                TestIdentity.token("nobody").signed());

        Hostile(String test) {
            random = new SplittableRandom(SEED ^ test.hashCode());
        }

        // the three kinds of request

        /**
         * A write of a body to {@code collection} (with {@code id}: to the resource, the known one
         * unless its fault is the id): hostile but valid, with one fault, or anything.
         */
        Fuzzed write(String method, String collection, String operation, String properType, List<String> fields, Map<String, Object> valid,
                UUID id, Share share) {
            String knownPath = id == null ? collection : collection + "/" + id;
            return switch (weighted(share.weights)) {
                case 0 -> new Fuzzed("hostile but valid body", method, knownPath, operation, properType, properHeaders(true), json(valid),
                        Set.of(method.equals("POST") ? 201 : 200), valid);
                case 1 -> oneFault(method, collection, operation, properType, fields, valid, id);
                default -> {
                    Sample body = body(fields, valid);
                    Map<String, String> headers = headers();
                    if (id == null) {
                        yield new Fuzzed(body.kind(), method, collection, operation, properType, headers, body.value());
                    }
                    Sample target = id();
                    String path = collection + "/" + target.value().replace(KNOWN, id.toString());
                    yield new Fuzzed(target.kind() + ", " + body.kind(), method, path, operation, properType, headers, body.value());
                }
            };
        }

        /** A proper write made wrong in one way, which the contract answers with one status. */
        private Fuzzed oneFault(String method, String collection, String operation, String properType, List<String> fields,
                Map<String, Object> valid, UUID id) {
            Map<String, String> headers = properHeaders(true);
            Map<String, String> members = asJsonValues(valid);
            String path = id == null ? collection : collection + "/" + id;
            boolean machines = collection.equals(MACHINES);
            boolean whole = !method.equals("PATCH");
            List<String> faults = new ArrayList<>(List.of("no token", "an unreadable token", "a wrong content type", "an unacceptable Accept",
                    "broken JSON", "nesting too deep", "a property twice", "a wrong JSON type", "an unknown property", "unstorable text",
                    "too long a text"));
            if (machines) {
                faults.addAll(List.of("an unknown status", "not a timestamp", "dates out of order"));
            }
            if (whole) {
                faults.add("a required field missing");
            } else {
                faults.add("a required field cleared");
            }
            if (method.equals("POST")) {
                faults.add(machines ? "a taken serial number" : "a taken name");
            }
            if (machines && whole) {
                faults.add("an unknown organization");
            }
            if (id != null) {
                faults.addAll(List.of("an unknown id", "not a UUID", "a stale If-Match"));
            }
            String fault = oneOf(faults);
            String body = null;
            int status = switch (fault) {
                case "no token" -> {
                    headers.remove("Authorization");
                    yield 401;
                }
                case "an unreadable token" -> {
                    headers.put("Authorization", "Bearer " + oneOf(List.of("garbage", "a.b.c", "e30.e30.")));
                    yield 401;
                }
                case "a wrong content type" -> {
                    headers.put("Content-Type", oneOf(List.of("text/plain", "application/xml")));
                    yield 415;
                }
                case "an unacceptable Accept" -> {
                    headers.put("Accept", oneOf(List.of("text/html", "application/xml")));
                    yield 406;
                }
                case "broken JSON" -> {
                    body = oneOf(BROKEN);
                    yield 400;
                }
                case "nesting too deep" -> {
                    int depth = between(40, 200);
                    members.put(oneOf(fields), "[".repeat(depth) + "]".repeat(depth));
                    yield 400;
                }
                case "a property twice" -> {
                    String twice = oneOf(List.copyOf(members.keySet()));
                    String object = jsonObject(members);
                    body = object.substring(0, object.length() - 1) + "," + jsonString(twice) + ":" + members.get(twice) + "}";
                    yield 400;
                }
                case "a wrong JSON type" -> {
                    members.put(oneOf(fields), oneOf(NOT_STRINGS));
                    yield 422;
                }
                case "an unknown property" -> {
                    String name = chance(50) ? oneOf(ODD_NAMES) : letters(between(1, 20));
                    members.put(fields.contains(name) ? name + "_" : name, jsonString("x"));
                    yield 422;
                }
                case "unstorable text" -> {
                    String text = oneOf(List.of("a\u0000b", "\u0000", "a\ud800", "\udc00b", "\ud83d"));
                    members.put(machines ? oneOf(List.copyOf(MACHINE_TEXTS)) : "name", jsonString(text));
                    yield 422;
                }
                case "too long a text" -> {
                    String field = machines ? oneOf(List.of("modelType", "name", "location", "notes")) : "name";
                    int limit = switch (field) {
                        case "modelType" -> 10;
                        case "notes" -> 10_000;
                        default -> 255;
                    };
                    members.put(field, jsonString(storableText(limit + 1, limit + 1)));
                    yield 422;
                }
                case "an unknown status" -> {
                    members.put("status", jsonString(oneOf(List.of("ACTIVE", "Active", "retired", "active ".repeat(2)))));
                    yield 422;
                }
                case "not a timestamp" -> {
                    members.put(oneOf(MACHINE_DATES), jsonString(oneOf(NOT_TIMESTAMPS)));
                    yield 422;
                }
                case "dates out of order" -> {
                    boolean warranty = chance(50);
                    Instant later = randomInstant();
                    members.put(warranty ? "purchaseDate" : "lastMaintenanceDate", jsonString(later.toString()));
                    members.put(warranty ? "warrantyExpiryDate" : "nextMaintenanceDate", jsonString(later.minusSeconds(1).toString()));
                    yield 422;
                }
                case "a required field missing" -> {
                    members.remove(machines ? oneOf(List.of("customerOrganizationId", "modelType", "name", "serialNumber")) : "name");
                    yield 422;
                }
                case "a required field cleared" -> {
                    members.put(machines ? oneOf(List.of("customerOrganizationId", "modelType", "name", "serialNumber")) : "name", "null");
                    yield 422;
                }
                case "a taken serial number" -> {
                    members.put("serialNumber", jsonString(" " + takenSerialNumber + "\t"));
                    yield 409;
                }
                case "a taken name" -> {
                    members.put("name", jsonString(takenOrganizationName));
                    yield 409;
                }
                case "an unknown organization" -> {
                    members.put("customerOrganizationId", jsonString(UNKNOWN.toString()));
                    yield 422;
                }
                case "an unknown id" -> {
                    path = collection + "/" + UNKNOWN;
                    yield 404;
                }
                case "not a UUID" -> {
                    path = collection + "/" + oneOf(NOT_UUIDS);
                    yield 400;
                }
                case "a stale If-Match" -> {
                    headers.put("If-Match", oneOf(List.of("\"99999\"", "W/\"0\"", "\"-1\"")));
                    yield 412;
                }
                default -> throw new IllegalStateException(fault);
            };
            return new Fuzzed(fault, method, path, operation, properType, headers, body != null ? body : jsonObject(members)).expecting(status);
        }

        /** A listing's query: valid parameters of odd but allowed values, one fault, or anything. */
        Fuzzed listing(String collection, String operation, List<String> parameters, boolean machines) {
            return switch (weighted(3, 4, 3)) {
                case 0 -> new Fuzzed("valid query", "GET", collection + validQuery(machines), operation, JSON, properHeaders(false), null)
                        .expecting(200);
                case 1 -> {
                    Map<String, String> headers = properHeaders(false);
                    String query = validQuery(machines);
                    List<String> faults = new ArrayList<>(List.of("no token", "an unreadable token", "an unacceptable Accept",
                            "a limit out of range", "an unknown sort", "a forged cursor", "a control character"));
                    if (machines) {
                        faults.addAll(List.of("an unknown status", "not a timestamp", "not a UUID"));
                    }
                    String fault = oneOf(faults);
                    String extra = switch (fault) {
                        case "no token" -> {
                            headers.remove("Authorization");
                            yield "";
                        }
                        case "an unreadable token" -> {
                            headers.put("Authorization", "Bearer garbage");
                            yield "";
                        }
                        case "an unacceptable Accept" -> {
                            headers.put("Accept", "text/html");
                            yield "";
                        }
                        case "a limit out of range" -> "limit=" + encoded(oneOf(List.of("0", "501", "-1", "1e3", "ten", "99999999999")));
                        case "an unknown sort" -> "sort=" + encoded(oneOf(List.of("name,sideways", "colour", "createdAt,asc,asc", "id")));
                        case "a forged cursor" -> "cursor=" + encoded(oneOf(List.of("garbage", "AAAA.BBBB", "x".repeat(300), ".")));
                        case "a control character" -> (machines ? "modelType=" : "sort=") + encoded("V4\u0001" + letters(2));
                        case "an unknown status" -> "status=" + encoded(oneOf(List.of("ACTIVE", "retired")));
                        case "not a timestamp" -> oneOf(List.of("nextMaintenanceBefore=", "warrantyExpiresBefore="))
                                + encoded(oneOf(NOT_TIMESTAMPS));
                        case "not a UUID" -> "customerOrganizationId=" + encoded(oneOf(NOT_UUIDS));
                        default -> throw new IllegalStateException(fault);
                    };
                    String target = collection + (extra.isEmpty() ? query : query + (query.isEmpty() ? "?" : "&") + extra);
                    int status = switch (fault) {
                        case "no token", "an unreadable token" -> 401;
                        case "an unacceptable Accept" -> 406;
                        default -> 400;
                    };
                    yield new Fuzzed(fault, "GET", target, operation, JSON, headers, null).expecting(status);
                }
                default -> {
                    Sample query = query(parameters);
                    yield new Fuzzed(query.kind(), "GET", collection + query.value(), operation, JSON, headers(), null);
                }
            };
        }

        /** A read of the known machine, or a read or a delete of one that is not there, or anything. */
        Fuzzed readOrDelete() {
            return switch (weighted(2, 4, 4)) {
                case 0 -> new Fuzzed("known id", "GET", MACHINES + "/" + machine, "/api/v1/machines/{id}", JSON, properHeaders(false), null)
                        .expecting(200);
                case 1 -> {
                    String method = chance(50) ? "GET" : "DELETE";
                    Map<String, String> headers = properHeaders(false);
                    String fault = oneOf(List.of("no token", "an unreadable token", "an unknown id", "not a UUID"));
                    String id = machine.toString();
                    int status = switch (fault) {
                        case "no token" -> {
                            headers.remove("Authorization");
                            yield 401;
                        }
                        case "an unreadable token" -> {
                            headers.put("Authorization", "Bearer a.b.c");
                            yield 401;
                        }
                        case "an unknown id" -> {
                            id = UNKNOWN.toString();
                            yield 404;
                        }
                        default -> {
                            id = oneOf(NOT_UUIDS);
                            yield 400;
                        }
                    };
                    // the known machine is only read: deleting it would leave the writes above nothing to change
                    if (method.equals("DELETE") && id.equals(machine.toString())) {
                        method = "GET";
                    }
                    yield new Fuzzed(fault, method, MACHINES + "/" + id, "/api/v1/machines/{id}", JSON, headers, null).expecting(status);
                }
                default -> {
                    Sample id = id();
                    Map<String, String> headers = headers();
                    boolean deletes = chance(50) && !id.value().equals(KNOWN);
                    String path = MACHINES + "/" + id.value().replace(KNOWN, machine.toString());
                    yield new Fuzzed(id.kind(), deletes ? "DELETE" : "GET", path, "/api/v1/machines/{id}", JSON, headers, null);
                }
            };
        }

        /** The headers of a proper request: the operator's token, the operation's content type, a usual {@code Accept}. */
        private Map<String, String> properHeaders(boolean body) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + superAdmin);
            if (body) {
                headers.put("Content-Type", PROPER);
            }
            String acceptable = oneOf(USUAL_ACCEPTS);
            if (!acceptable.isEmpty()) {
                headers.put("Accept", acceptable);
            }
            return headers;
        }

        // hostile but valid values

        /** An organization's valid input: a unique name of odd characters. */
        Map<String, Object> organization() {
            return Map.of("name", padded("Fuzzed {unique} " + storableText(1, 200)));
        }

        /** A machine's valid input, whole (for POST and PUT) or some of its fields (a merge patch). */
        Map<String, Object> machine(boolean whole) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("customerOrganizationId", "{organization}");
            all.put("modelType", padded(storableText(1, 10)));
            all.put("name", padded(storableText(1, 255)));
            all.put("serialNumber", padded("FUZZ-{unique}-" + storableText(1, 200)));
            if (!whole || chance(80)) {
                all.put("status", oneOf(STATUSES));
            }
            datePair(all, "purchaseDate", "warrantyExpiryDate");
            datePair(all, "lastMaintenanceDate", "nextMaintenanceDate");
            optionalText(all, "location", 255);
            optionalText(all, "notes", 10_000);
            if (whole) {
                return all;
            }
            // a patch names some fields, each pair of dates together (the rule across them holds then)
            Map<String, Object> some = new LinkedHashMap<>();
            List<List<String>> groups = List.of(List.of("customerOrganizationId"), List.of("modelType"), List.of("name"),
                    List.of("serialNumber"), List.of("status"), List.of("purchaseDate", "warrantyExpiryDate"),
                    List.of("lastMaintenanceDate", "nextMaintenanceDate"), List.of("location"), List.of("notes"));
            while (some.isEmpty()) {
                for (List<String> group : groups) {
                    if (chance(35)) {
                        group.forEach(field -> some.put(field, all.getOrDefault(field, null)));
                    }
                }
            }
            return some;
        }

        private void datePair(Map<String, Object> machine, String earlier, String later) {
            Instant first = randomInstant();
            Instant second = randomInstant();
            Instant from = first.isBefore(second) ? first : second;
            Instant to = first.isBefore(second) ? second : first;
            switch (random.nextInt(5)) {
                case 0 -> { }
                case 1 -> {
                    machine.put(earlier, null);
                    machine.put(later, timestamp(to));
                }
                case 2 -> machine.put(earlier, timestamp(from));
                default -> {
                    machine.put(earlier, timestamp(from));
                    machine.put(later, timestamp(to));
                }
            }
        }

        private void optionalText(Map<String, Object> machine, String field, int longest) {
            switch (weighted(2, 1, 1, 4)) {
                case 0 -> { }
                case 1 -> machine.put(field, null);
                case 2 -> machine.put(field, whiteSpace(between(0, 4)));
                default -> machine.put(field, padded(storableText(1, longest)));
            }
        }

        /** An instant of the years 0001 to 9999: mostly any, sometimes the first or the last microsecond. */
        private Instant randomInstant() {
            return switch (weighted(8, 1, 1)) {
                case 0 -> Instant.ofEpochSecond(random.nextLong(YEAR_0002, YEAR_9998), random.nextInt(1_000_000) * 1_000L);
                case 1 -> Instant.parse("0001-01-01T00:00:00Z");
                default -> Instant.parse("9999-12-31T23:59:59.999999Z");
            };
        }

        /**
         * The instant as RFC 3339 allows writing it: {@code Z} or {@code z}, {@code T} or {@code t},
         * an offset (not where it would move the written year out of 0001–9999), the fraction's
         * trailing zeros or not.
         */
        private String timestamp(Instant instant) {
            boolean nearTheEdge = instant.getEpochSecond() < YEAR_0002 || instant.getEpochSecond() > YEAR_9998;
            ZoneOffset offset = nearTheEdge || chance(40) ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(between(-56, 56) * 15 * 60);
            OffsetDateTime local = instant.atOffset(offset);
            String fraction = String.format("%06d", local.getNano() / 1_000);
            fraction = chance(50) ? fraction.replaceAll("0+$", "") : fraction + "0".repeat(between(0, 3));
            String zone = offset == ZoneOffset.UTC && chance(70) ? oneOf(List.of("Z", "z")) : offset.getId().equals("Z") ? "+00:00"
                    : offset.getId();
            return String.format("%04d-%02d-%02d%s%02d:%02d:%02d%s%s", local.getYear(), local.getMonthValue(), local.getDayOfMonth(),
                    oneOf(List.of("T", "T", "t")), local.getHour(), local.getMinute(), local.getSecond(),
                    fraction.isEmpty() ? "" : "." + fraction, zone);
        }

        /**
         * Text of {@code least} to {@code most} code points (mostly short, often the longest), each
         * storable, neither end white space: what strip leaves.
         */
        private String storableText(int least, int most) {
            int length = switch (weighted(5, 2, 1)) {
                case 0 -> between(least, Math.min(most, least + 30));
                case 1 -> most;
                default -> between(least, most);
            };
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                boolean end = i == 0 || i == length - 1;
                int codePoint = !end && chance(15) ? WHITE_SPACE[random.nextInt(WHITE_SPACE.length)]
                        : ODD_BUT_STORABLE[random.nextInt(ODD_BUT_STORABLE.length)];
                text.appendCodePoint(codePoint);
            }
            return text.toString();
        }

        /** The text with white space around it or not, which the service strips. */
        private String padded(String text) {
            return chance(40) ? whiteSpace(between(1, 3)) + text + whiteSpace(between(0, 3)) : text;
        }

        private String whiteSpace(int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(WHITE_SPACE[random.nextInt(WHITE_SPACE.length)]);
            }
            return text.toString();
        }

        /** A query of valid parameters with odd values: any statuses, a model type of odd characters, a sort, a limit, dates. */
        private String validQuery(boolean machines) {
            List<String> parameters = new ArrayList<>();
            if (machines) {
                STATUSES.stream().filter(status -> chance(30)).forEach(status -> parameters.add("status=" + status));
                if (chance(30)) {
                    parameters.add("modelType=" + encoded(storableText(1, 10).replaceAll("[\\x00-\\x1f\\x7f]", "x")));
                }
                if (chance(30)) {
                    parameters.add("customerOrganizationId=" + organization);
                }
                if (chance(30)) {
                    parameters.add(oneOf(List.of("nextMaintenanceBefore=", "warrantyExpiresBefore=")) + encoded(timestamp(randomInstant())));
                }
            }
            if (chance(50)) {
                List<String> sorts = machines ? List.of("createdAt", "name", "serialNumber", "nextMaintenanceDate") : List.of("createdAt", "name");
                parameters.add("sort=" + oneOf(sorts) + (chance(70) ? "," + oneOf(List.of("asc", "desc")) : ""));
            }
            if (chance(50)) {
                parameters.add("limit=" + oneOf(List.of(1, 2, 50, 499, 500, between(1, 500))));
            }
            return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
        }

        // anything

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
        Sample body(List<String> fields, Map<String, Object> valid) {
            return weighted(5, 4) == 0 ? nearlyValid(fields, valid) : anyObject(fields);
        }

        private Sample nearlyValid(List<String> fields, Map<String, Object> valid) {
            Map<String, String> members = asJsonValues(valid);
            String kind = switch (random.nextInt(3)) {
                case 0 -> {
                    members.put(oneOf(fields), jsonValue());
                    yield "body with a hostile field";
                }
                case 1 -> {
                    members.remove(oneOf(fields));
                    yield "body without a field";
                }
                default -> {
                    members.put(oneOf(fields), jsonValue());
                    members.put(oneOf(fields), jsonValue());
                    yield "body with two hostile fields";
                }
            };
            return new Sample(kind, jsonObject(members));
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
        String sentBody = fuzzed.body() == null ? null : filledIn(fuzzed.body(), unique);
        boolean machineWrite = fuzzed.sent() != null && fuzzed.target().startsWith(MACHINES);
        JsonNode stored = fuzzed.sent() != null && fuzzed.method().equals("PATCH") ? read(fuzzed.target()) : null;
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
        String described = fuzzed.kind() + ":\n" + asSent(fuzzed.method(), fuzzed.target(), headers, sentBody) + "answered " + status
                + ": " + body;
        if (machineWrite) {
            validMachineWrites.incrementAndGet();
        }

        assertThat(status).as(described).isLessThan(500);
        assertThat(documentedStatuses(fuzzed.operation(), method)).as("statuses documented for %s %s; %s", method, fuzzed.operation(),
                described).contains(String.valueOf(status));
        if (!fuzzed.expected().isEmpty()) {
            assertThat(status).as("the status the contract gives %s", described).isIn(fuzzed.expected());
        }
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
        if (fuzzed.sent() != null) {
            readsBackAsSent(fuzzed, unique, stored, Api.parse(body.getBytes(StandardCharsets.UTF_8)), described);
            if (machineWrite) {
                machineWritesReadBack.incrementAndGet();
            }
        }
    }

    /**
     * An accepted write's fields, as its answer gives them and as a later read does, are what was
     * sent after the documented normalisation; for a merge patch, over what was stored before.
     */
    private static void readsBackAsSent(Fuzzed fuzzed, String unique, JsonNode stored, JsonNode answered, String described) {
        boolean machines = fuzzed.target().startsWith(MACHINES);
        String path = fuzzed.method().equals("POST") ? fuzzed.target() + "/" + answered.get("id").stringValue() : fuzzed.target();
        JsonNode read = read(path);
        List<String> fields = machines
                ? List.of("customerOrganizationId", "modelType", "name", "serialNumber", "status", "purchaseDate", "warrantyExpiryDate",
                        "lastMaintenanceDate", "nextMaintenanceDate", "location", "notes")
                : List.of("name");
        Map<String, Object> expected = new LinkedHashMap<>();
        for (String field : fields) {
            boolean named = fuzzed.sent().containsKey(field);
            Object sent = fuzzed.sent().get(field);
            if (named) {
                expected.put(field, normalised(field, sent == null ? null : filledIn((String) sent, unique)));
            } else if (stored != null) {
                expected.put(field, valueOf(field, stored));
            } else {
                expected.put(field, field.equals("status") ? "active" : null);
            }
        }
        Map<String, Object> inAnswer = new LinkedHashMap<>();
        Map<String, Object> whenRead = new LinkedHashMap<>();
        fields.forEach(field -> {
            inAnswer.put(field, valueOf(field, answered));
            whenRead.put(field, valueOf(field, read));
        });
        assertThat(inAnswer).as("the answer to %s", described).isEqualTo(expected);
        assertThat(whenRead).as("a read after %s", described).isEqualTo(expected);
    }

    /** As docs/api.md says: strings stripped, a blank one {@code null}; timestamps the instant they name. */
    private static Object normalised(String field, String sent) {
        if (sent == null) {
            return null;
        }
        if (MACHINE_DATES.contains(field)) {
            return OffsetDateTime.parse(sent.strip().toUpperCase(Locale.ROOT)).toInstant();
        }
        String stripped = sent.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A field of a representation: text, or for a timestamp the instant, which must be written in UTC. */
    private static Object valueOf(String field, JsonNode representation) {
        JsonNode value = representation.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.stringValue();
        if (MACHINE_DATES.contains(field)) {
            assertThat(text).as("%s is written in UTC", field).endsWith("Z");
            return Instant.parse(text);
        }
        return text;
    }

    private static JsonNode read(String path) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + Api.superAdminToken()).GET());
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            return Api.parse(response.body().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String filledIn(String text, String unique) {
        return text.replace("{organization}", organization.toString()).replace("{unique}", unique);
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

    /**
     * Every row of both tables by its id and the transaction that wrote it ({@code xmin}), hashed: any
     * insert, update or delete a request made shows, even one that wrote the same values, without
     * reading the rows' long texts.
     */
    private static String fingerprint() {
        return database.sql("SELECT (SELECT coalesce(md5(string_agg(id || ':' || xmin, '|' ORDER BY id)), '') FROM machines)"
                + " || '/' || (SELECT coalesce(md5(string_agg(id || ':' || xmin, '|' ORDER BY id)), '') FROM organizations)")
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

    /** A JSON object of members whose values are JSON text already, in the order given; names may not repeat here. */
    private static String jsonObject(Map<String, String> members) {
        return members.entrySet().stream().map(member -> jsonString(member.getKey()) + ":" + member.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A JSON object of these fields, each a string or {@code null}. */
    private static String json(Map<String, Object> fields) {
        return jsonObject(asJsonValues(fields));
    }

    private static Map<String, String> asJsonValues(Map<String, Object> fields) {
        Map<String, String> members = new LinkedHashMap<>();
        fields.forEach((name, value) -> members.put(name, value == null ? "null" : jsonString((String) value)));
        return members;
    }

    /** A JSON string that escapes everything but printable ASCII, so that unpaired surrogates and U+0000 arrive as they are. */
    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                json.append(c);
            } else {
                json.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt(c >> 8 & 0xf)).append(HEX.charAt(c >> 4 & 0xf))
                        .append(HEX.charAt(c & 0xf));
            }
        }
        return json.append('"').toString();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
