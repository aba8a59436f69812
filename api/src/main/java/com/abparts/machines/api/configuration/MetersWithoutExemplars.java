package com.abparts.machines.api.configuration;

import io.micrometer.core.instrument.observation.MeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/**
 * Spring Boot's meter handler, the same timers, as a handler of no type Boot's tracing knows. Boot
 * wraps every meter handler in one that makes the observation's span current once more while the
 * timer stops, so that Prometheus can take the trace as an exemplar. The service publishes no
 * exemplars (its dashboard reads none), and that extra scope cost every request a share of GET
 * throughput (bench/README.md, "Observability").
 */
final class MetersWithoutExemplars implements ObservationHandler<Observation.Context> {

    private final MeterObservationHandler<Observation.Context> meters;

    MetersWithoutExemplars(MeterObservationHandler<Observation.Context> meters) {
        this.meters = meters;
    }

    @Override
    public void onStart(Observation.Context context) {
        meters.onStart(context);
    }

    @Override
    public void onError(Observation.Context context) {
        meters.onError(context);
    }

    @Override
    public void onEvent(Observation.Event event, Observation.Context context) {
        meters.onEvent(event, context);
    }

    @Override
    public void onScopeOpened(Observation.Context context) {
        meters.onScopeOpened(context);
    }

    @Override
    public void onScopeClosed(Observation.Context context) {
        meters.onScopeClosed(context);
    }

    @Override
    public void onScopeReset(Observation.Context context) {
        meters.onScopeReset(context);
    }

    @Override
    public void onStop(Observation.Context context) {
        meters.onStop(context);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return meters.supportsContext(context);
    }
}
