package com.abparts.machines.api.web.problem;

import com.abparts.machines.api.web.support.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The documented shape of every error body (RFC 9457); the handler writes Spring's ProblemDetail in this shape. */
@Schema(name = "Problem", description = "An RFC 9457 problem: what went wrong, for people and programs.")
public record ProblemResource(
        @Schema(description = "Identifies the kind of problem.", example = "urn:abparts:problem:invalid-fields") String type,
        @Schema(example = "Unprocessable Content") String title,
        @Schema(example = "422") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(example = "/api/v1/machines") String instance,
        @Schema(description = "Also in the X-Request-Id header, and in every log line of the request.",
                example = "0f8e7c9a-3b6d-4f2e-9a1c-5d4b3a2f1e0d") String requestId,
        @Schema(description = "The request's trace (W3C trace id): the caller's traceparent continued, or a new trace. "
                + "Also in the traceresponse header and in every log line of the request.",
                example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId,
        @Schema(description = "Every invalid field or parameter, for 400 and 422.", nullable = true) List<FieldError> errors) {
}
