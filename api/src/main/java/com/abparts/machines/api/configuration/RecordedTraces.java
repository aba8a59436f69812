package com.abparts.machines.api.configuration;

import io.micrometer.tracing.Span;

/** Whether a span belongs to a trace that is recorded (sampled): only such a trace gets the finer spans. */
final class RecordedTraces {

    private RecordedTraces() {}

    static boolean records(Span span) {
        return span != null && Boolean.TRUE.equals(span.context().sampled());
    }
}
