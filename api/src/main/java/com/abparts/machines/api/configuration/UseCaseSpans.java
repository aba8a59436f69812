package com.abparts.machines.api.configuration;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A span for every call of a use case in a recorded trace, so that the trace shows the use case
 * between the HTTP request and its SQL statements. The domain knows nothing of it: the use cases
 * are the only beans of domain classes, and each is wrapped here in a subclass proxy (which is why
 * they are not final). A trace that is not recorded costs a use case one check, no span; the
 * request's timer already times every operation, so a use case has no meter of its own.
 */
final class UseCaseSpans implements BeanPostProcessor {

    private static final String DOMAIN = "com.abparts.machines.domain";

    private final RecordedTraces traces;

    UseCaseSpans(RecordedTraces traces) {
        this.traces = traces;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!bean.getClass().getPackageName().startsWith(DOMAIN)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new Tracing(bean.getClass().getSimpleName(), traces));
        // Frozen, the proxy calls its one advice directly instead of looking up the advice chain on every call.
        proxy.setFrozen(true);
        return proxy.getProxy(bean.getClass().getClassLoader());
    }

    private record Tracing(String useCase, RecordedTraces traces) implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Method method = invocation.getMethod();
            if (method.getDeclaringClass() == Object.class || !traces.recording()) {
                return invocation.proceed();
            }
            Tracer tracing = traces.tracer();
            // Both values are names from the code, never from a request.
            Span span = tracing.nextSpan().name(useCase + "." + method.getName()).tag("use.case", useCase).start();
            try (Tracer.SpanInScope scope = tracing.withSpan(span)) {
                return invocation.proceed();
            } catch (Throwable failure) {
                span.error(failure);
                throw failure;
            } finally {
                span.end();
            }
        }
    }
}
