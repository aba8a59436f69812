package com.abparts.machines.api.configuration;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * The tracer, and whether the current span belongs to a trace that is recorded (sampled): only
 * such a trace gets the finer spans. The tracer is looked up on first use, because the
 * post-processors that hold this are made before it; without tracing it is the no-op one.
 */
final class RecordedTraces {

    private final Supplier<Tracer> tracer;

    RecordedTraces(ObjectProvider<Tracer> tracer) {
        this.tracer = SingletonSupplier.of(() -> tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    Tracer tracer() {
        return tracer.get();
    }

    /** The current span, when it is in a recorded trace; null otherwise. */
    Span recordedSpan() {
        Span span = tracer().currentSpan();
        return span != null && Boolean.TRUE.equals(span.context().sampled()) ? span : null;
    }
}
