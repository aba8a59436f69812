package com.abparts.machines.api.configuration;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The data source as the service uses it: a connection taken in a recorded trace makes a span of
 * each statement it runs, named for what the statement does ({@link StatementNames}) and carrying
 * its text with the placeholders; the values bound to them are never read. A connection taken
 * outside a recorded trace is the pool's own, unwrapped: most requests pay nothing for SQL spans.
 */
final class StatementSpans extends DelegatingDataSource {

    static final String SYSTEM = "db.system.name";
    static final String TEXT = "db.query.text";

    private final RecordedTraces traces;

    StatementSpans(DataSource pool, RecordedTraces traces) {
        super(pool);
        this.traces = traces;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return traced(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return traced(super.getConnection(username, password));
    }

    private Connection traced(Connection connection) {
        return traces.recording()
                ? (Connection) proxy(Connection.class, connection, (target, method, arguments) -> {
                    Object result = call(target, method, arguments);
                    String name = method.getName();
                    if (result instanceof Statement statement && (name.startsWith("prepare") || name.equals("createStatement"))) {
                        String sql = name.equals("createStatement") ? null : (String) arguments[0];
                        return proxy(statementType(statement), statement, new Traced(sql, traces.tracer()));
                    }
                    return result;
                })
                : connection;
    }

    private static Class<? extends Statement> statementType(Statement statement) {
        return statement instanceof CallableStatement ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    }

    /** A statement whose executions are spans; the SQL is the prepared text, or the one handed to execute. */
    private record Traced(String prepared, Tracer tracer) implements Target {

        @Override
        public Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
            if (!method.getName().startsWith("execute")) {
                return call(target, method, arguments);
            }
            String sql = prepared != null ? prepared : arguments != null && arguments.length > 0 && arguments[0] instanceof String text ? text : "";
            TraceContext parent = tracer.currentTraceContext().context();
            Span.Builder builder = parent == null ? tracer.spanBuilder().setNoParent() : tracer.spanBuilder().setParent(parent);
            Span span = builder.kind(Span.Kind.CLIENT).name(StatementNames.nameOf(sql)).tag(SYSTEM, "postgresql").tag(TEXT, sql).start();
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                return call(target, method, arguments);
            } catch (Throwable failure) {
                span.error(failure);
                throw failure;
            } finally {
                span.end();
            }
        }
    }

    @FunctionalInterface
    private interface Target {
        Object invoke(Object target, Method method, Object[] arguments) throws Throwable;
    }

    private static Object proxy(Class<?> type, Object target, Target handler) {
        InvocationHandler invocation = (proxy, method, arguments) -> handler.invoke(target, method, arguments);
        return Proxy.newProxyInstance(StatementSpans.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
