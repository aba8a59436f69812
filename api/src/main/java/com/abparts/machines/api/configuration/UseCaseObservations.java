package com.abparts.machines.api.configuration;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.function.SingletonSupplier;

/**
 * Observes every call of a use case, so that a trace shows the use case between the HTTP request
 * and its SQL statements, and {@code abparts_use_case_seconds} times each one. The domain knows
 * nothing of it: the use cases are the only beans of domain classes, and each is wrapped here in a
 * subclass proxy (which is why they are not final).
 */
final class UseCaseObservations implements BeanPostProcessor {

    static final String NAME = "abparts.use.case";
    private static final String DOMAIN = "com.abparts.machines.domain";

    private final Supplier<ObservationRegistry> registry;

    UseCaseObservations(ObjectProvider<ObservationRegistry> registry) {
        this.registry = SingletonSupplier.of(() -> registry.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!bean.getClass().getPackageName().startsWith(DOMAIN)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new Observing(bean.getClass().getSimpleName(), registry));
        return proxy.getProxy(bean.getClass().getClassLoader());
    }

    private record Observing(String useCase, Supplier<ObservationRegistry> registry) implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Method method = invocation.getMethod();
            if (method.getDeclaringClass() == Object.class) {
                return invocation.proceed();
            }
            // Both values are names from the code, never from a request: the meter's tags stay few.
            return Observation.createNotStarted(NAME, registry.get())
                    .contextualName(useCase + "." + method.getName())
                    .lowCardinalityKeyValue("use.case", useCase)
                    .lowCardinalityKeyValue("method", method.getName())
                    .observeChecked(invocation::proceed);
        }
    }
}
