package com.abparts.machines.it.observability;

import static com.abparts.machines.it.support.Api.aMachine;
import static com.abparts.machines.it.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.WithTestBeans;
import io.micrometer.tracing.propagation.Propagator;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.SpanProcessors;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * The trace of a request: the caller's {@code traceparent} continued, told back in
 * {@code traceresponse}, repeated in problem bodies and log lines, and recorded as the span of the
 * request, named for its route (and so for the use case it calls), with nothing of the values sent. The spans are kept in memory here; no OTLP
 * endpoint is set, so none leaves the process.
 */
@WithTestBeans
@ExtendWith(OutputCaptureExtension.class)
class TracingApiIT extends ApiTest {


    @Autowired
    private InMemorySpanExporter spans;

    @Autowired
    private SdkTracerProvider tracerProvider;

    @Autowired
    private ApplicationContext context;

    @Test
    void continuesTheCallersTraceInTheResponseTheProblemAndTheLogLines(CapturedOutput log) {
        String trace = newTraceId();
        String requestId = "traced-" + UUID.randomUUID();

        EntityExchangeResult<byte[]> result = http.get().uri("/api/v1/machines/{id}", UUID.randomUUID())
                .header("traceparent", "00-" + trace + "-" + newSpanId() + "-01").header("X-Request-Id", requestId).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.traceId").isEqualTo(trace).jsonPath("$.requestId").isEqualTo(requestId)
                .returnResult();

        assertThat(result.getResponseHeaders().getFirst("traceresponse")).matches("00-" + trace + "-[0-9a-f]{16}-01");
        assertThat(log.getOut().lines().filter(line -> line.contains("[" + requestId + "]")))
                .as("the log lines of the request").isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("[" + requestId + "] [" + trace + "]"));
    }

    @Test
    void namesTheCallersTraceInTheProblemOfAQueryStringRefusedBeforeAnythingElse() {
        String trace = newTraceId();

        http.get().uri(URI.create("http://localhost:" + port() + "/api/v1/machines?modelType=%00"))
                .header("traceparent", "00-" + trace + "-" + newSpanId() + "-01").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.traceId").isEqualTo(trace);
    }

    @Test
    void recordsTheRequestAsOneSpanNamedForItsRouteWithoutTheValuesSent() {
        String serialNumber = "AB-" + UUID.randomUUID();
        UUID owner = api.createOrganization("Owner " + UUID.randomUUID());
        String machine = api.createMachine(aMachine(owner, serialNumber)).get("id").stringValue();
        String trace = newTraceId();
        String callersSpan = newSpanId();

        http.get().uri("/api/v1/machines/{id}?status=active", machine).header("traceparent", "00-" + trace + "-" + callersSpan + "-01")
                .exchange().expectStatus().isOk();

        SpanData request = only(spansOf(trace), span -> span.getKind() == SpanKind.SERVER);
        assertThat(request.getName()).isEqualTo("http get /api/v1/machines/{id}");
        assertThat(request.getParentSpanId()).isEqualTo(callersSpan);
        assertThat(spansOf(trace)).as("one span a request: no SQL spans, whose instrumentation cost a tenth of GET throughput").hasSize(1);
        assertThat(request.getAttributes().asMap().values()).noneMatch(value -> value.toString().contains("status=active"));
    }

    @Test
    void recordsAWriteWithoutWhatItWrote() {
        UUID owner = api.createOrganization("Owner " + UUID.randomUUID());
        String trace = newTraceId();
        String serialNumber = "AB-" + UUID.randomUUID();

        http.post().uri("/api/v1/machines").header("traceparent", "00-" + trace + "-" + newSpanId() + "-01")
                .contentType(MediaType.APPLICATION_JSON)
                .body(json(aMachine(owner, serialNumber)))
                .exchange().expectStatus().isCreated();

        SpanData request = only(spansOf(trace), span -> span.getKind() == SpanKind.SERVER);
        assertThat(request.getName()).isEqualTo("http post /api/v1/machines");
        assertThat(request.getAttributes().asMap().values())
                .noneMatch(value -> value.toString().contains(serialNumber) || value.toString().contains(owner.toString()));
    }

    @Test
    void recordsNothingOfATraceTheCallerDidNotSampleYetStillNamesIt() {
        String trace = newTraceId();

        http.get().uri("/api/v1/machines/{id}", UUID.randomUUID()).header("traceparent", "00-" + trace + "-" + newSpanId() + "-00")
                .exchange().expectStatus().isNotFound()
                .expectHeader().valueMatches("traceresponse", "00-" + trace + "-[0-9a-f]{16}-00")
                .expectBody().jsonPath("$.traceId").isEqualTo(trace);

        assertThat(spansOf(trace)).isEmpty();
    }

    @Test
    void startsANewTraceForEachRequestWithoutATraceparent() {
        String first = traceOf(http.get().uri("/api/v1/machines/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound()
                .expectBody().returnResult());
        String second = traceOf(http.get().uri("/api/v1/machines/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound()
                .expectBody().returnResult());

        assertThat(first).matches("[0-9a-f]{32}").isNotEqualTo(second);
    }

    /** W3C Trace Context is the one propagation read: B3 headers and baggage are a caller's, not continued. */
    @Test
    void continuesNoB3TraceAndReadsNoBaggage() {
        String b3Trace = newTraceId();

        String trace = traceOf(http.get().uri("/api/v1/machines/{id}", UUID.randomUUID())
                .header("b3", b3Trace + "-" + newSpanId() + "-1").header("X-B3-TraceId", b3Trace).header("X-B3-SpanId", newSpanId())
                .exchange().expectStatus().isNotFound().expectBody().returnResult());

        assertThat(trace).isNotEqualTo(b3Trace);
        assertThat(context.getBean(Propagator.class).fields()).containsExactlyInAnyOrder("traceparent", "tracestate");
    }

    @Test
    void exportsNowhereWithoutAnEndpoint() {
        assertThat(context.getBeansOfType(SpanExporter.class)).containsOnlyKeys("capturedSpans", "otlpSpanExporter");
        assertThat(context.getBean("otlpSpanExporter")).as("OpenTelemetry's exporter that does nothing").isSameAs(SpanExporter.composite());
        assertThat(context.getBean(SpanProcessors.class).list()).singleElement().isInstanceOf(BatchSpanProcessor.class);
    }

    private static String traceOf(EntityExchangeResult<byte[]> result) {
        String header = result.getResponseHeaders().getFirst("traceresponse");
        assertThat(new String(result.getResponseBody())).contains("\"traceId\":\"" + header.substring(3, 35) + "\"");
        return header.substring(3, 35);
    }

    private List<SpanData> spansOf(String trace) {
        assertThat(tracerProvider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
        return spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(trace)).toList();
    }

    private static SpanData only(List<SpanData> spans, Predicate<SpanData> which) {
        List<SpanData> matching = spans.stream().filter(which).toList();
        assertThat(matching).as("among %s", spans.stream().map(SpanData::getName).toList()).hasSize(1);
        return matching.getFirst();
    }

    private static String newTraceId() {
        return HexFormat.of().formatHex(randomBytes(16));
    }

    private static String newSpanId() {
        return HexFormat.of().formatHex(randomBytes(8));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zeros, which W3C Trace Context refuses
        return bytes;
    }
}
