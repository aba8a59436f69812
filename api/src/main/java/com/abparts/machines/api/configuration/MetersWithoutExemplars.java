package com.abparts.machines.api.configuration;

import io.micrometer.core.instrument.observation.MeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingAwareMeterObservationHandler;

/**
 * The observations' meters, stopped where they stop. Spring Boot wraps every meter handler that is
 * not of this type in one that makes the observation's span current once more while the timer
 * stops, so that Prometheus can take the trace as an exemplar. The service publishes no exemplars
 * (its dashboard reads none), and that extra scope cost every request about a per cent of GET
 * throughput (bench/README.md, "Observability"); of that type already, this handler is left alone.
 */
final class MetersWithoutExemplars extends TracingAwareMeterObservationHandler<Observation.Context> {

    private final MeterObservationHandler<Observation.Context> meters;

    MetersWithoutExemplars(MeterObservationHandler<Observation.Context> meters) {
        super(meters, Tracer.NOOP);
        this.meters = meters;
    }

    @Override
    public void onStop(Observation.Context context) {
        meters.onStop(context);
    }
}
