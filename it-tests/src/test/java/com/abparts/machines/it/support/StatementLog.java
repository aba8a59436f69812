package com.abparts.machines.it.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * The SQL of every statement the service sends to PostgreSQL, in order: its data source, wrapped,
 * notes each execution. The statements still run, on the real database.
 */
public final class StatementLog {

    private final List<String> executed = new CopyOnWriteArrayList<>();

    /** Adds the log to a test's context, where the test autowires it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static StatementLog statementLog() {
            return new StatementLog();
        }

        @Bean
        static BeanPostProcessor statementLogging(ObjectProvider<StatementLog> log) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? log.getObject().logging(dataSource) : bean;
                }
            };
        }
    }

    /** Forgets what ran so far. */
    public void clear() {
        executed.clear();
    }

    /** The statements executed since the last {@link #clear()}, each as its SQL. */
    public List<String> executed() {
        return List.copyOf(executed);
    }

    private DataSource logging(DataSource dataSource) {
        return wrap(dataSource, (method, args) -> {}, (method, args, connection) ->
                method.getName().equals("getConnection") ? wrap(connection, (m, a) -> {}, this::loggingStatements) : connection);
    }

    /** Prepared statements know their SQL when made, plain ones when run. */
    private Object loggingStatements(Method method, Object[] args, Object made) {
        return switch (method.getName()) {
            case "prepareStatement", "prepareCall" -> wrap(made, (run, runArgs) -> {
                if (run.getName().startsWith("execute")) {
                    executed.add((String) args[0]);
                }
            }, (run, runArgs, result) -> result);
            case "createStatement" -> wrap(made, (run, runArgs) -> {
                if (run.getName().startsWith("execute") && runArgs != null && runArgs[0] instanceof String sql) {
                    executed.add(sql);
                }
            }, (run, runArgs, result) -> result);
            default -> made;
        };
    }

    private interface Before {
        void call(Method method, Object[] args);
    }

    private interface After {
        Object call(Method method, Object[] args, Object result);
    }

    /** A proxy with every interface of {@code target} that passes each call on between {@code before} and {@code after}. */
    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Before before, After after) {
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), ClassUtils.getAllInterfaces(target), (proxy, method, args) -> {
            before.call(method, args);
            try {
                return after.call(method, args, method.invoke(target, args));
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        });
    }
}
