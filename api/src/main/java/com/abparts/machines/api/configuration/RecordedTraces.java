package com.abparts.machines.api.configuration;

import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.trace.Span;
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

    /**
     * Whether the current span is recorded. Asked of OpenTelemetry, which traces for Micrometer here:
     * Micrometer's current span would be new objects around OpenTelemetry's on every call, for a
     * question asked on every use case and every connection of every request. Without a tracer
     * OpenTelemetry's current span is the invalid one, recorded never.
     */
    boolean recording() {
        return Span.current().getSpanContext().isSampled();
    }
}
