package com.abparts.machines.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.abparts.machines.it.support.ApiTest;
import com.abparts.machines.it.support.WithTestBeans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/** A bug answers 500 with a problem that reveals nothing internal, while the log keeps everything under the request id. */
@WithTestBeans
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureApiIT extends ApiTest {

    @Test
    void hidesTheBugFromTheCallerAndLogsItWithTheRequestId(CapturedOutput log) {
        var result = http.get().uri("/test/bug").header("X-Request-Id", "bug-report-1").exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.requestId").isEqualTo("bug-report-1")
                .returnResult();
        String body = new String(result.getResponseBody());

        assertThat(body).doesNotContain("IllegalStateException", "secret-internal-detail", "at com.", "java.");
        assertThat(log.getOut()).contains("[bug-report-1]", "secret-internal-detail", "IllegalStateException", "/test/bug");
    }
}
